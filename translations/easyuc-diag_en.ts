<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>History cleared: %n run(s) removed.</source>
        <translation>
            <numerusform>History cleared: %n run removed.</numerusform>
            <numerusform>History cleared: %n runs removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring: %n run(s), one every %1 s.</source>
        <translation>
            <numerusform>Monitoring: %n run, one every %1 s.</numerusform>
            <numerusform>Monitoring: %n runs, one every %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClockFacts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <source>%1 (%n byte(s) received)</source>
        <translation>
            <numerusform>%1 (%n byte received)</numerusform>
            <numerusform>%1 (%n bytes received)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathReport</name>
    <message numerus="yes">
        <source>The PBX was reached in %n hop(s) (%1 ms at the PBX); %2 of its %3 answers were missing, too few to point at a place.</source>
        <translation>
            <numerusform>The PBX was reached in %n hop (%1 ms at the PBX); %2 of its %3 answers were missing, too few to point at a place.</numerusform>
            <numerusform>The PBX was reached in %n hops (%1 ms at the PBX); %2 of its %3 answers were missing, too few to point at a place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PBX was reached in %n hop(s) without loss along the way (%1 ms at the PBX).</source>
        <translation>
            <numerusform>The PBX was reached in %n hop without loss along the way (%1 ms at the PBX).</numerusform>
            <numerusform>The PBX was reached in %n hops without loss along the way (%1 ms at the PBX).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n met</numerusform>
            <numerusform>%n met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n not run</numerusform>
            <numerusform>%n not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool errors</source>
        <translation>
            <numerusform>%n tool error</numerusform>
            <numerusform>%n tool errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not selected</source>
        <translation>
            <numerusform>%n not selected</numerusform>
            <numerusform>%n not selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCompare</name>
    <message numerus="yes">
        <source>Changed: %n row(s)</source>
        <translation>
            <numerusform>Changed: %n row</numerusform>
            <numerusform>Changed: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n row(s)</source>
        <translation>
            <numerusform>Unchanged: %n row</numerusform>
            <numerusform>Unchanged: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>%n problem(s) found: Easy UC will not work fully on this network.</source>
        <translation>
            <numerusform>%n problem found: Easy UC will not work fully on this network.</numerusform>
            <numerusform>%n problems found: Easy UC will not work fully on this network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) could not be confirmed or need attention.</source>
        <translation>
            <numerusform>%n point could not be confirmed or needs attention.</numerusform>
            <numerusform>%n points could not be confirmed or need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::ClockCheck</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of this computer is wrong: it says %1, %n server(s) say %2 (%3).</source>
        <translation>
            <numerusform>The clock of this computer is wrong: it says %1, %n server says %2 (%3).</numerusform>
            <numerusform>The clock of this computer is wrong: it says %1, %n servers say %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::DomainsCheck</name>
    <message numerus="yes">
        <source>Contacting %n server(s)…</source>
        <translation>
            <numerusform>Contacting %n server…</numerusform>
            <numerusform>Contacting %n servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Proxima domain(s) cannot be reached: %1.</source>
        <translation>
            <numerusform>%n Proxima domain cannot be reached: %1.</numerusform>
            <numerusform>%n Proxima domains cannot be reached: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) could not be fully confirmed: %1.</source>
        <translation>
            <numerusform>%n domain could not be fully confirmed: %1.</numerusform>
            <numerusform>%n domains could not be fully confirmed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n Proxima domain(s) answer over HTTPS.</source>
        <translation>
            <numerusform>%n Proxima domain checked: it answers over HTTPS.</numerusform>
            <numerusform>All %n Proxima domains answer over HTTPS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The date of this computer is wrong: the certificates of %n Proxima domain(s) are refused because of it: %1.</source>
        <translation>
            <numerusform>The date of this computer is wrong: the certificate of %n Proxima domain is refused because of it: %1.</numerusform>
            <numerusform>The date of this computer is wrong: the certificates of %n Proxima domains are refused because of it: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::HistoryWindow</name>
    <message numerus="yes">
        <source>Remove all %n kept run(s) from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n kept run from this computer? This cannot be undone.</numerusform>
            <numerusform>Remove all %n kept runs from this computer? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::MonitorPanel</name>
    <message numerus="yes">
        <source>%n run(s) done; the next starts at %1.</source>
        <translation>
            <numerusform>%n run done; the next starts at %1.</numerusform>
            <numerusform>%n runs done; the next starts at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring ended after %n run(s). Each run is in the history.</source>
        <translation>
            <numerusform>Monitoring ended after %n run. The run is in the history.</numerusform>
            <numerusform>Monitoring ended after %n runs. Each run is in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::NatCheck</name>
    <message numerus="yes">
        <source>The router keeps the same public address and port (%1) towards all %n destinations (endpoint-independent mapping).</source>
        <translation>
            <numerusform>The router keeps the same public address and port (%1) towards %n destination (endpoint-independent mapping).</numerusform>
            <numerusform>The router keeps the same public address and port (%1) towards all %n destinations (endpoint-independent mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::RtpCheck</name>
    <message numerus="yes">
        <source>Sending UDP test packets to %n RTP port(s) of the PBX…</source>
        <translation>
            <numerusform>Sending UDP test packets to %n RTP port of the PBX…</numerusform>
            <numerusform>Sending UDP test packets to %n RTP ports of the PBX…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to %n packet(s): not proven either way.</source>
        <translation>
            <numerusform>No answer to %n packet: not proven either way.</numerusform>
            <numerusform>No answer to %n packets: not proven either way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UDP to the PBX is blocked on %n of the sampled RTP ports: %1.</source>
        <translation>
            <numerusform>UDP to the PBX is blocked on %n of the sampled RTP ports: %1.</numerusform>
            <numerusform>UDP to the PBX is blocked on %n of the sampled RTP ports: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UDP reaches the PBX on all %n sampled RTP port(s) (%1).</source>
        <translation>
            <numerusform>UDP reaches the PBX on the %n sampled RTP port (%1).</numerusform>
            <numerusform>UDP reaches the PBX on all %n sampled RTP ports (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RTP path not proven: %n of %1 sampled ports gave no answer (%2). If they are blocked, calls need the TURN relay (requirement 9) to carry audio.</source>
        <translation>
            <numerusform>RTP path not proven: %n of %1 sampled ports gave no answer (%2). If it is blocked, calls need the TURN relay (requirement 9) to carry audio.</numerusform>
            <numerusform>RTP path not proven: %n of %1 sampled ports gave no answer (%2). If they are blocked, calls need the TURN relay (requirement 9) to carry audio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::SipAlgCheck</name>
    <message numerus="yes">
        <source>No SIP answer over %1 within %2 s (%n request(s) sent).</source>
        <translation>
            <numerusform>No SIP answer over %1 within %2 s (%n request sent).</numerusform>
            <numerusform>No SIP answer over %1 within %2 s (%n requests sent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::StunBindingCheck</name>
    <message numerus="yes">
        <source>No answer over UDP (%n request(s) sent).</source>
        <translation>
            <numerusform>No answer over UDP (%n request sent).</numerusform>
            <numerusform>No answer over UDP (%n requests sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections leave from %n different public addresses: %1.</source>
        <translation>
            <numerusform>Connections leave from %n public address: %1.</numerusform>
            <numerusform>Connections leave from %n different public addresses: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STUN server(s) answer: this network&apos;s public address is %1.</source>
        <translation>
            <numerusform>%n STUN server answers: this network&apos;s public address is %1.</numerusform>
            <numerusform>%n STUN servers answer: this network&apos;s public address is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connections leave from the same public address %1.</source>
        <translation>
            <numerusform>The connection leaves from the public address %1.</numerusform>
            <numerusform>All %n connections leave from the same public address %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 STUN servers answer.</source>
        <translation>
            <numerusform>%n of %1 STUN servers answers.</numerusform>
            <numerusform>%n of %1 STUN servers answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::TlsInterceptionCheck</name>
    <message numerus="yes">
        <source>Checking the certificates of %n secure connection(s)…</source>
        <translation>
            <numerusform>Checking the certificate of %n secure connection…</numerusform>
            <numerusform>Checking the certificates of %n secure connections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) cannot be trusted: %1.</source>
        <translation>
            <numerusform>%n certificate cannot be trusted: %1.</numerusform>
            <numerusform>%n certificates cannot be trusted: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked: none of the %n secure connection(s) delivered a certificate.</source>
        <translation>
            <numerusform>Nothing could be checked: %n secure connection tried, no certificate received.</numerusform>
            <numerusform>Nothing could be checked: none of the %n secure connections delivered a certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No interception seen, but %n connection(s) could not be checked: %1.</source>
        <translation>
            <numerusform>No interception seen, but %n connection could not be checked: %1.</numerusform>
            <numerusform>No interception seen, but %n connections could not be checked: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates are trusted, but %n carry no Certificate Transparency proof: %1.</source>
        <translation>
            <numerusform>Certificates are trusted, but %n carries no Certificate Transparency proof: %1.</numerusform>
            <numerusform>Certificates are trusted, but %n carry no Certificate Transparency proof: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No interception: all %n certificate(s) are trusted by the public roots.</source>
        <translation>
            <numerusform>No interception: %n certificate checked, trusted by the public roots.</numerusform>
            <numerusform>No interception: all %n certificates are trusted by the public roots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No interception seen, but %n certificate(s) could not be judged while this computer&apos;s clock is wrong: %1.</source>
        <translation>
            <numerusform>No interception seen, but %n certificate could not be judged while this computer&apos;s clock is wrong: %1.</numerusform>
            <numerusform>No interception seen, but %n certificates could not be judged while this computer&apos;s clock is wrong: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::TurnCheck</name>
    <message numerus="yes">
        <source>No answer over UDP (%n request(s) sent).</source>
        <translation>
            <numerusform>No answer over UDP (%n request sent).</numerusform>
            <numerusform>No answer over UDP (%n requests sent).</numerusform>
        </translation>
    </message>
</context>
</TS>
