#include "mediaqualitycheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "../probes/stunclient.h"
#include "core/checks/callverdict.h"
#include "core/probes/callstreamprobe.h"
#include "probes/endpoint.h"
#include "wording.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace easyuc {

namespace {
// Thresholds of DESIGN §3 R15: above these, voice quality suffers.
constexpr double kMaxLossPercent = 1.0;
constexpr double kMaxJitterMs = 30.0;
constexpr double kMaxRttMs = 150.0;
// How long a packet may take before it counts as lost.
constexpr int kLossTimeoutMs = 1000;
} // namespace

MediaQualityCheck::MediaQualityCheck(QObject* parent)
    : Check(QStringLiteral("media.quality"), parent)
{
}

void MediaQualityCheck::setTrain(int packets, int intervalMs)
{
    m_packets = qMax(2, packets);
    m_intervalMs = qMax(1, intervalMs);
}

int MediaQualityCheck::callTestTimeMs(int seconds)
{
    return seconds * 1000 + CallStreamProbe::kLossTimeoutMs + 500;
}

void MediaQualityCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
    if (p.callTestSeconds > 0) {
        runCallTest(context);
        return;
    }
    if (p.stun.isEmpty()) {
        finish(makeResult(Status::Skipped, tr("No STUN server is configured in the profile.")));
        return;
    }
    const Endpoint server = p.stun.first();
    m_target = formatEndpoint(server.host, server.port);
    m_port = server.port;
    m_rtts = QList<qint64>(m_packets, -1);
    m_settled = QList<bool>(m_packets, false);
    m_dns = new DnsProbe(this);
    m_client = new StunClient(this);
    m_pacer = new QTimer(this);
    connect(m_pacer, &QTimer::timeout, this, &MediaQualityCheck::sendNext);
    connect(m_client, &StunClient::finished, this, [this](const StunBindingResult& r) {
        const int index = r.label.toInt();
        if (index >= 0 && index < m_rtts.size()) {
            m_settled[index] = true;
            if (r.ok())
                m_rtts[index] = r.rttMs;
        }
        if (++m_done == m_packets)
            finish(conclude());
    });
    connect(m_dns, &DnsProbe::finished, this, [this](const DnsResult& dns) {
        if (!dns.ok()) {
            RequirementResult r = makeResult(Status::Warn, describeDnsFailure(dns.host, dns.error));
            r.remediation = tr("The STUN server's name does not resolve, so call quality could not "
                               "be measured. Check the DNS settings.");
            finish(r);
            return;
        }
        m_address = dns.addresses.first();
        reportProgress(tr("Sending %1 test packets to %2…").arg(m_packets).arg(m_target));
        m_client->bind();
        m_pacer->start(m_intervalMs);
        sendNext();
    });
    m_dns->start(server.host, probeRemainingMs() / 3);
}

void MediaQualityCheck::sendNext()
{
    if (m_sent >= m_packets) {
        m_pacer->stop();
        return;
    }
    StunClient::Options once;
    once.maxAttempts = 1; // a retransmission would hide the very loss being measured
    once.firstRtoMs = kLossTimeoutMs;
    m_client->query(QString::number(m_sent), m_address, m_port, kLossTimeoutMs, once);
    ++m_sent;
}

void MediaQualityCheck::runCallTest(RunContext& context)
{
    const Profile& p = context.profile();
    Endpoint target;
    CallStreamProbe::Mode mode = CallStreamProbe::Mode::Echo;
    if (p.rtpReflector) {
        // The real media path: an even port in the middle of the RTP range the reflector echoes
        // (it mirrors rules.rtp from its own first port, as R5 maps its samples).
        const int span = qAbs(int(p.rtpLast) - int(p.rtpFirst));
        const int port = int(p.rtpReflector->port) + ((span / 2) & ~1);
        target = {p.rtpReflector->host, quint16(port <= 65535 ? port : p.rtpReflector->port)};
        m_callKind = QStringLiteral("reflector");
    } else if (!p.stun.isEmpty()) {
        target = p.stun.first();
        mode = CallStreamProbe::Mode::Stun;
        m_callKind = QStringLiteral("stun");
    } else {
        CallTestResult none;
        none.durationS = p.callTestSeconds;
        none.error = QStringLiteral("no RTP reflector and no STUN server in the profile");
        context.setCallTest(none);
        finish(makeResult(Status::Skipped,
                          tr("No call test: the profile names neither an RTP reflector nor a STUN "
                             "server to send the call to.")));
        return;
    }
    m_callHost = target.host;
    m_target = formatEndpoint(target.host, target.port);
    m_port = target.port;
    m_dns = new DnsProbe(this);
    m_call = new CallStreamProbe(this);
    connect(m_call, &CallStreamProbe::progress, this, [this](CallTestResult r) {
        r.target = m_target; // as the profile names it, live and at the end alike
        r.targetKind = m_callKind;
        this->context()->setCallTest(r);
    });
    connect(m_call, &CallStreamProbe::finished, this,
            [this](const CallTestResult& r) { finish(concludeCall(r)); });
    connect(m_dns, &DnsProbe::finished, this, [this, mode](const DnsResult& dns) {
        if (!dns.ok()) {
            CallTestResult none;
            none.durationS = this->context()->profile().callTestSeconds;
            none.target = m_target;
            none.targetKind = m_callKind;
            none.error = QStringLiteral("%1 does not resolve: %2").arg(dns.host, dns.detail);
            this->context()->setCallTest(none);
            RequirementResult r = makeResult(Status::Warn, describeDnsFailure(dns.host, dns.error));
            r.remediation = tr("The name of the server for the call test does not resolve, so "
                               "call quality could not be measured. Check the DNS settings.");
            finish(r);
            return;
        }
        m_address = dns.addresses.first();
        const int seconds = this->context()->profile().callTestSeconds;
        reportProgress(
            tr("Testing a call: %1 s of voice-shaped packets to %2…").arg(seconds).arg(m_target));
        m_call->start(m_address, m_port, mode, seconds, probeDeadline());
    });
    m_dns->start(target.host, qMin(probeRemainingMs() / 3, context.checkTimeoutMs()));
}

RequirementResult MediaQualityCheck::concludeCall(const CallTestResult& measured)
{
    CallTestResult r = measured;
    r.durationS = context()->profile().callTestSeconds;
    r.target = m_target;
    r.targetKind = m_callKind;
    context()->setCallTest(r);
    RequirementResult result = judgeCallTest(r);
    result.id = id();
    if (m_call && m_call->ignoredDatagrams() > 0)
        result.addEvidence(QStringLiteral("ignoredDatagrams"),
                           QString::number(m_call->ignoredDatagrams()));
    if (!m_address.isNull())
        result.addEvidence(QStringLiteral("address"), formatEndpoint(m_address, m_port));
    return result;
}

void MediaQualityCheck::abort()
{
    if (m_call)
        m_call->abort();
    if (m_pacer)
        m_pacer->stop();
    if (m_dns)
        m_dns->abort();
    if (m_client)
        m_client->abort();
}

RequirementResult MediaQualityCheck::resultOnDeadline()
{
    if (m_call)
        return concludeCall(m_call->result());
    if (!m_callKind.isEmpty()) // the call test's name did not resolve in time
        return makeResult(Status::Warn, tr("Not measured: the call test could not start before "
                                           "the time limit."));
    return conclude();
}

RequirementResult MediaQualityCheck::conclude() const
{
    RequirementResult r;
    int received = 0;
    double sum = 0;
    double jitter = 0;
    qint64 previous = -1;
    qint64 worst = 0;
    for (qint64 rtt : m_rtts) {
        if (rtt < 0)
            continue;
        ++received;
        sum += double(rtt);
        worst = qMax(worst, rtt);
        // RFC 3550: J += (|D| - J) / 16, with D the change in transit time between packets.
        if (previous >= 0)
            jitter += (std::abs(double(rtt - previous)) - jitter) / 16.0;
        previous = rtt;
    }
    // Loss counts only packets whose answer window is over (DESIGN §3 R15): one still in
    // flight when the deadline came, or never sent, is neither answered nor lost.
    const int total = int(std::count(m_settled.cbegin(), m_settled.cend(), true));
    const int inFlight = m_sent - total;
    r.addEvidence(QStringLiteral("server"), m_target);
    r.addEvidence(QStringLiteral("packets"),
                  QStringLiteral("%1 sent, %2 answered, %3 lost, %4 in flight at the end, %5 not "
                                 "sent")
                      .arg(m_sent)
                      .arg(received)
                      .arg(total - received)
                      .arg(inFlight)
                      .arg(int(m_rtts.size()) - m_sent));
    if (received == 0 && total == 0) {
        r.status = Status::Warn;
        r.summary = tr("Not measured: no test packet to %1 could be answered before the time "
                       "limit.")
                        .arg(m_target);
        return r;
    }
    if (received == 0) {
        // Nothing came back, so quality was not measured; R8 reports the blocked path itself.
        r.status = Status::Warn;
        r.summary = tr("Not measured: none of the %1 test packets to %2 was answered.")
                        .arg(total)
                        .arg(m_target);
        r.remediation = tr("Allow outgoing UDP towards the STUN server %1 so call quality can be "
                           "measured; without it, calls may have no audio.")
                            .arg(m_target);
        return r;
    }
    const double loss = 100.0 * double(total - received) / double(total);
    const double rtt = sum / received;
    r.addEvidence(QStringLiteral("rttMs"), QString::number(rtt, 'f', 1));
    r.addEvidence(QStringLiteral("rttMaxMs"), QString::number(worst));
    r.addEvidence(QStringLiteral("jitterMs"), QString::number(jitter, 'f', 1));
    r.addEvidence(QStringLiteral("lossPercent"), QString::number(loss, 'f', 1));
    r.summary = tr("Round trip %1 ms, jitter %2 ms, loss %3 %.")
                    .arg(rtt, 0, 'f', 0)
                    .arg(jitter, 0, 'f', 1)
                    .arg(loss, 0, 'f', 1);
    if (loss > kMaxLossPercent || jitter > kMaxJitterMs || rtt > kMaxRttMs) {
        r.status = Status::Warn;
        r.remediation =
            tr("Voice may sound choppy or delayed. Avoid Wi-Fi with weak signal, check "
               "that large downloads or backups are not filling the connection, and ask "
               "the provider about line quality.");
    } else {
        r.status = Status::Pass;
    }
    return r;
}

} // namespace easyuc
