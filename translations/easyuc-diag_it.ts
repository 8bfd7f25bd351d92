<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>About</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Easy UC network diagnostic</source>
        <translation>Diagnostica di rete Easy UC</translation>
    </message>
    <message>
        <source>Checks whether this network meets every requirement of the Easy UC app and its Proxima phone system, and says what to change where it does not.</source>
        <translation>Verifica se questa rete soddisfa tutti i requisiti dell&apos;app Easy UC e della centrale Proxima, e indica cosa cambiare dove non li soddisfa.</translation>
    </message>
</context>
<context>
    <name>CallChart</name>
    <message>
        <source>MOS —</source>
        <translation>MOS —</translation>
    </message>
    <message>
        <source>MOS so far %1 · %2</source>
        <translation>MOS parziale %1 · %2</translation>
    </message>
    <message>
        <source>MOS %1 · %2</source>
        <translation>MOS %1 · %2</translation>
    </message>
    <message>
        <source>Second %1 of %2</source>
        <translation>Secondo %1 di %2</translation>
    </message>
    <message>
        <source>%1 s · %2 of %3 packets answered</source>
        <translation>%1 s · %2 di %3 pacchetti con risposta</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Andata e ritorno</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Loss per second</source>
        <translation>Perdita al secondo</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>RTT limit %1 ms</source>
        <translation>Limite RTT %1 ms</translation>
    </message>
    <message>
        <source>Jitter limit %1 ms</source>
        <translation>Limite jitter %1 ms</translation>
    </message>
    <message>
        <source>The call test could not run: %1</source>
        <translation>Non è stato possibile eseguire la prova di chiamata: %1</translation>
    </message>
    <message>
        <source>Waiting for the first second of the call…</source>
        <translation>In attesa del primo secondo della chiamata…</translation>
    </message>
    <message>
        <source>Call test chart</source>
        <translation>Grafico della prova di chiamata</translation>
    </message>
    <message>
        <source>RTP reflector</source>
        <translation>reflector RTP</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>server STUN</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buono</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>discreto</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>scarso</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>non ancora disponibile</translation>
    </message>
    <message>
        <source>Call test</source>
        <translation>Prova di chiamata</translation>
    </message>
    <message>
        <source>A voice-shaped stream (50 packets per second) and what came back: the round-trip time and jitter of each second, the packets lost in each second, and the limits Microsoft publishes for Teams calls.</source>
        <translation>Un flusso con le caratteristiche di una chiamata vocale (50 pacchetti al secondo) e ciò che è tornato indietro: il tempo di andata e ritorno e il jitter di ogni secondo, i pacchetti persi in ogni secondo e i limiti che Microsoft indica per le chiamate Teams.</translation>
    </message>
    <message>
        <source>Call test: waiting for the first second.</source>
        <translation>Prova di chiamata: in attesa del primo secondo.</translation>
    </message>
    <message>
        <source>Call test to %1 (%2): %3 of %4 seconds.</source>
        <translation>Prova di chiamata verso %1 (%2): %3 di %4 secondi.</translation>
    </message>
    <message>
        <source>MOS %1 (%2), R-factor %3.</source>
        <translation>MOS %1 (%2), R-factor %3.</translation>
    </message>
    <message>
        <source>Round-trip time %1 ms (median).</source>
        <translation>Tempo di andata e ritorno: %1 ms (mediana).</translation>
    </message>
    <message>
        <source>Jitter %1 ms (worst second).</source>
        <translation>Jitter: %1 ms (secondo peggiore).</translation>
    </message>
    <message>
        <source>Packet loss %1 %, longest burst %2 packets.</source>
        <translation>Perdita di pacchetti: %1 %; sequenza più lunga di pacchetti persi: %2.</translation>
    </message>
    <message>
        <source>Seconds without any answer: %1.</source>
        <translation>Secondi senza alcuna risposta: %1.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>R-factor</source>
        <translation>R-factor</translation>
    </message>
    <message>
        <source>Round-trip time (median)</source>
        <translation>Tempo di andata e ritorno (mediana)</translation>
    </message>
    <message>
        <source>%1 ms (Teams: below %2 ms)</source>
        <translation>%1 ms (Teams: meno di %2 ms)</translation>
    </message>
    <message>
        <source>Jitter (worst second)</source>
        <translation>Jitter (secondo peggiore)</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perdita di pacchetti</translation>
    </message>
    <message>
        <source>%1 % (Teams: below %2 % over 15 s)</source>
        <translation>%1 % (Teams: meno di %2 % su 15 s)</translation>
    </message>
    <message>
        <source>Loss bursts</source>
        <translation>Perdite consecutive</translation>
    </message>
    <message>
        <source>longest %1 packets; worst 200 ms window %2 % (Teams: below %3 %)</source>
        <translation>al massimo %1 pacchetti di fila; %2 % nella peggiore finestra di 200 ms (Teams: meno di %3 %)</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Fuori ordine</translation>
    </message>
    <message>
        <source>%1 % (Teams: below %2 %)</source>
        <translation>%1 % (Teams: meno di %2 %)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered</source>
        <translation>%1 inviati, %2 con risposta</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flusso</translation>
    </message>
    <message>
        <source>%1 s of %2-sized packets, 50 per second</source>
        <translation>%1 s di pacchetti di dimensione %2, 50 al secondo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>not measured: no answer came back</source>
        <translation>non misurato: nessuna risposta è tornata</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Internet access</source>
        <translation>Accesso a Internet</translation>
    </message>
    <message>
        <source>PBX address (DNS)</source>
        <translation>Indirizzo della centrale (DNS)</translation>
    </message>
    <message>
        <source>PBX web access (HTTPS, TCP %1)</source>
        <translation>Accesso web alla centrale (HTTPS, TCP %1)</translation>
    </message>
    <message>
        <source>WebRTC signalling (secure WebSocket, TCP %1)</source>
        <translation>Segnalazione WebRTC (WebSocket sicuro, TCP %1)</translation>
    </message>
    <message>
        <source>Audio and video (RTP, UDP %1-%2)</source>
        <translation>Audio e video delle chiamate (RTP, UDP %1-%2)</translation>
    </message>
    <message>
        <source>Desk phone control (WebCTI, TCP %1)</source>
        <translation>Controllo remoto dei telefoni VoIP (WebCTI, TCP %1)</translation>
    </message>
    <message>
        <source>Proxima service domains</source>
        <translation>Domini dei servizi Proxima</translation>
    </message>
    <message>
        <source>STUN (public address discovery)</source>
        <translation>STUN (rilevamento dell&apos;indirizzo pubblico)</translation>
    </message>
    <message>
        <source>TURN relay servers</source>
        <translation>Server TURN (inoltro del traffico)</translation>
    </message>
    <message>
        <source>No SIP ALG or packet inspection</source>
        <translation>Nessun SIP ALG né manipolazione dei pacchetti</translation>
    </message>
    <message>
        <source>NAT behaviour</source>
        <translation>Comportamento del NAT</translation>
    </message>
    <message>
        <source>MTU (packet size)</source>
        <translation>MTU (dimensione dei pacchetti)</translation>
    </message>
    <message>
        <source>One stable public IP address</source>
        <translation>Un solo indirizzo IP pubblico, sempre lo stesso</translation>
    </message>
    <message>
        <source>No TLS/SSL interception</source>
        <translation>Nessun filtro TLS/SSL (intercettazione)</translation>
    </message>
    <message>
        <source>Media quality (delay, jitter, loss)</source>
        <translation>Qualità delle chiamate (ritardo, jitter, perdita)</translation>
    </message>
    <message>
        <source>Names resolve and at least one Proxima server answers over HTTPS.</source>
        <translation>I nomi vengono risolti e almeno un server Proxima risponde in HTTPS.</translation>
    </message>
    <message>
        <source>The PBX name resolves to an address.</source>
        <translation>Il DNS trova l&apos;indirizzo della centrale.</translation>
    </message>
    <message>
        <source>The PBX answers on HTTPS with a valid certificate for its name.</source>
        <translation>La centrale risponde in HTTPS con un certificato valido per il suo nome.</translation>
    </message>
    <message>
        <source>The PBX accepts a secure WebSocket for SIP and answers a SIP request.</source>
        <translation>La centrale accetta un WebSocket sicuro per SIP e risponde a una richiesta SIP.</translation>
    </message>
    <message>
        <source>UDP packets reach the PBX across the RTP port range.</source>
        <translation>I pacchetti UDP raggiungono la centrale su tutto l&apos;intervallo di porte RTP.</translation>
    </message>
    <message>
        <source>The PBX answers HTTP on the WebCTI port.</source>
        <translation>La centrale risponde in HTTP sulla porta WebCTI.</translation>
    </message>
    <message>
        <source>Each Proxima domain resolves and answers over HTTPS.</source>
        <translation>Ogni dominio Proxima viene risolto e risponde in HTTPS.</translation>
    </message>
    <message>
        <source>The STUN servers answer and report the public address.</source>
        <translation>I server STUN rispondono e indicano l&apos;indirizzo pubblico.</translation>
    </message>
    <message>
        <source>The TURN servers answer over UDP, TCP and TLS.</source>
        <translation>I server TURN rispondono in UDP, TCP e TLS.</translation>
    </message>
    <message>
        <source>No device on the way rewrites SIP messages.</source>
        <translation>Nessun dispositivo lungo il percorso modifica i messaggi SIP.</translation>
    </message>
    <message>
        <source>The router keeps the same public port for a local port.</source>
        <translation>Il router mantiene la stessa porta pubblica per la stessa porta locale.</translation>
    </message>
    <message>
        <source>Full-size packets (1500 bytes) pass without fragmentation.</source>
        <translation>I pacchetti di dimensione piena (1500 byte) passano senza essere frammentati.</translation>
    </message>
    <message>
        <source>All connections leave from the same public IP address.</source>
        <translation>Tutte le connessioni escono dallo stesso indirizzo IP pubblico.</translation>
    </message>
    <message>
        <source>Secure connections reach Proxima without being decrypted on the way.</source>
        <translation>Le connessioni sicure arrivano a Proxima senza essere decifrate lungo il percorso.</translation>
    </message>
    <message>
        <source>Round-trip time, jitter and packet loss suit voice calls.</source>
        <translation>Tempo di andata e ritorno, jitter e perdita di pacchetti sono adatti alle chiamate vocali.</translation>
    </message>
    <message>
        <source>Firewall and router</source>
        <translation>Firewall e router</translation>
    </message>
    <message>
        <source>TLS filtering</source>
        <translation>Filtro TLS/SSL</translation>
    </message>
    <message>
        <source>Date and time of this computer</source>
        <translation>Data e ora di questo computer</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the servers&apos; time, so certificates can be checked.</source>
        <translation>L&apos;orologio di questo computer concorda con l&apos;ora dei server, quindi i certificati possono essere verificati.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Interrotto prima della fine.</translation>
    </message>
    <message>
        <source>No conclusive answer within %1 s.</source>
        <translation>Nessuna risposta certa entro %L1 s.</translation>
    </message>
</context>
<context>
    <name>CheckRegistry</name>
    <message>
        <source>Not selected for this run.</source>
        <translation>Non selezionato per questa esecuzione.</translation>
    </message>
    <message>
        <source>No PBX address was given, so the PBX was not tested.</source>
        <translation>Non è stato indicato l&apos;indirizzo della centrale, quindi la centrale non è stata verificata.</translation>
    </message>
    <message>
        <source>Not implemented in this version.</source>
        <translation>Non ancora disponibile in questa versione.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Stopped before it started.</source>
        <translation>Interrotto prima di iniziare.</translation>
    </message>
    <message>
        <source>Not run because %1 ended as “%2”.</source>
        <translation>Non eseguito perché %1 ha avuto esito “%2”.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for stdout).</source>
        <translation>Scrive il report JSON in FILE (- per lo standard output).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento non previsto: %1</translation>
    </message>
    <message>
        <source>Profile error: %1</source>
        <translation>Errore nel profilo: %1</translation>
    </message>
    <message>
        <source>Checking the network for %1 (PBX: %2)…</source>
        <translation>Verifica della rete per %1 (centrale: %2)…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>Overall: %1 %2 — %3</source>
        <translation>Esito complessivo: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Support code %1:</source>
        <translation>Codice di assistenza %1:</translation>
    </message>
    <message>
        <source>Overall (default severities): %1 %2</source>
        <translation>Esito complessivo (gravità predefinite): %1 %2</translation>
    </message>
    <message>
        <source>Write the plain-text report to FILE (- for stdout).</source>
        <translation>Scrive il report in testo semplice in FILE (- per lo standard output).</translation>
    </message>
    <message>
        <source>Write the HTML report to FILE (- for stdout).</source>
        <translation>Scrive il report HTML in FILE (- per lo standard output).</translation>
    </message>
    <message>
        <source>Write the PDF report to FILE (- for stdout).</source>
        <translation>Scrive il report PDF in FILE (- per lo standard output).</translation>
    </message>
    <message>
        <source>Show the results a support code stands for, then exit.</source>
        <translation>Mostra i risultati corrispondenti a un codice di assistenza, poi esce.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Only one report can go to stdout (-).</source>
        <translation>Sullo standard output (-) si può scrivere un solo report.</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Codice di assistenza: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>full: the HTML, PDF and text reports carry the raw evidence and the appendix; summary: a short report without them. The JSON always has everything. Default: full.</source>
        <translation>full: i report HTML, PDF e testo includono i dati rilevati e l&apos;appendice; summary: un report breve senza di essi. Il JSON contiene sempre tutto. Predefinito: full.</translation>
    </message>
    <message>
        <source>--report-detail must be &quot;summary&quot; or &quot;full&quot;, not &quot;%1&quot;.</source>
        <translation>--report-detail deve essere &quot;summary&quot; o &quot;full&quot;, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: this run was not kept in the history: %1</source>
        <translation>Nota: questa esecuzione non è stata salvata nella cronologia: %1</translation>
    </message>
    <message>
        <source>The stored run cannot be read: %1</source>
        <translation>Impossibile leggere l&apos;esecuzione salvata: %1</translation>
    </message>
    <message numerus="yes">
        <source>History cleared: %n run(s) removed.</source>
        <translation>
            <numerusform>Cronologia svuotata: %n esecuzione eliminata.</numerusform>
            <numerusform>Cronologia svuotata: %n esecuzioni eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>--compare needs two run IDs: --compare RUNID RUNID.</source>
        <translation>--compare richiede due ID di esecuzione: --compare ID_ESECUZIONE ID_ESECUZIONE.</translation>
    </message>
    <message>
        <source>--count goes with --repeat INTERVAL.</source>
        <translation>--count si usa insieme a --repeat INTERVALLO.</translation>
    </message>
    <message>
        <source>--repeat needs --count N: how many runs to make.</source>
        <translation>--repeat richiede --count N: il numero di esecuzioni da effettuare.</translation>
    </message>
    <message>
        <source>--repeat writes its summary as text (--text) or JSON (--json); each run&apos;s own report is in the history (--history-show).</source>
        <translation>--repeat scrive il riepilogo in formato testo (--text) o JSON (--json); il report di ogni singola esecuzione è nella cronologia (--history-show).</translation>
    </message>
    <message>
        <source>Checks whether this network meets the requirements of the Easy UC app.
Exit codes: 0 ready, 1 warnings, 2 problems found, 3 bad usage or profile, 4 internal error. --repeat exits with the worst verdict of its runs; --history, --history-show, --compare and --history-clear exit 0 when done, 3 when a run ID names no single run, 4 when a stored run cannot be read.
The history (every finished run&apos;s JSON report, the last 200 runs or 50 MB) is kept in this computer&apos;s application data folder, or in $EASYUC_HISTORY_DIR; nothing is sent anywhere. EASYUC_TEST_MIN_INTERVAL_S is for tests only: it lowers the 60 s floor of --repeat, never below 1 s.</source>
        <translation>Verifica se questa rete soddisfa i requisiti dell&apos;app Easy UC.
Codici di uscita: 0 pronta, 1 avvisi, 2 problemi trovati, 3 uso errato o profilo non valido, 4 errore interno. --repeat esce con l&apos;esito peggiore tra le sue esecuzioni; --history, --history-show, --compare e --history-clear escono con 0 al termine, con 3 quando un ID di esecuzione non corrisponde a una sola esecuzione, con 4 quando non è possibile leggere un&apos;esecuzione salvata.
La cronologia (il report JSON di ogni esecuzione completata, per le ultime 200 esecuzioni o 50 MB) è conservata nella cartella dei dati delle applicazioni di questo computer, oppure in $EASYUC_HISTORY_DIR; nulla viene inviato all&apos;esterno. EASYUC_TEST_MIN_INTERVAL_S serve solo per i test: abbassa il minimo di 60 s di --repeat, mai sotto 1 s.</translation>
    </message>
    <message>
        <source>List the runs kept on this computer, newest first, then exit.</source>
        <translation>Elenca le esecuzioni conservate su questo computer, dalla più recente, poi esce.</translation>
    </message>
    <message>
        <source>Write a kept run&apos;s report (--json as stored; --text, --html, --pdf rendered again from it; the text on stdout without them), then exit. RUNID may be its first 8 or more characters.</source>
        <translation>Scrive il report di un&apos;esecuzione conservata (--json così come è stato salvato; --text, --html, --pdf generati di nuovo a partire da esso; senza queste opzioni, il testo sullo standard output), poi esce. Per ID_ESECUZIONE bastano i primi 8 caratteri o più.</translation>
    </message>
    <message>
        <source>RUNID</source>
        <translation>ID_ESECUZIONE</translation>
    </message>
    <message>
        <source>Compare two kept runs side by side (--compare RUNID RUNID), changed rows first, then exit.</source>
        <translation>Confronta affiancate due esecuzioni conservate (--compare ID_ESECUZIONE ID_ESECUZIONE), prima le righe modificate, poi esce.</translation>
    </message>
    <message>
        <source>Remove every kept run from this computer, then exit.</source>
        <translation>Elimina da questo computer tutte le esecuzioni conservate, poi esce.</translation>
    </message>
    <message>
        <source>Run the diagnosis every INTERVAL (60s, 5m, 1h; at least 60 s) and write a summary of the period (text, or --json).</source>
        <translation>Esegue la diagnosi ogni INTERVALLO (60s, 5m, 1h; almeno 60 s) e scrive un riepilogo del periodo (in formato testo, oppure --json).</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLO</translation>
    </message>
    <message>
        <source>With --repeat: how many runs (1-1440).</source>
        <translation>Con --repeat: quante esecuzioni (1-1440).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--history, --history-show, --compare, --history-clear and --repeat go one at a time.</source>
        <translation>--history, --history-show, --compare, --history-clear e --repeat si usano uno alla volta.</translation>
    </message>
    <message>
        <source>--json, --html, --pdf and --text go with a run or with --history-show.</source>
        <translation>--json, --html, --pdf e --text si usano con un&apos;esecuzione della diagnosi o con --history-show.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring: %n run(s), one every %1 s.</source>
        <translation>
            <numerusform>Monitoraggio: %n esecuzione, una ogni %1 s.</numerusform>
            <numerusform>Monitoraggio: %n esecuzioni, una ogni %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 of %2 (%3): %4 %5, support code %6, RTT %7, jitter %8, loss %9</source>
        <translation>Esecuzione %1 di %2 (%3): %4 %5, codice di assistenza %6, RTT %7, jitter %8, perdita %9</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Questo computer:</translation>
    </message>
</context>
<context>
    <name>ClockFacts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
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
    <message>
        <source>Let this computer set its date and time automatically. Windows: Settings &gt; Time &amp; language &gt; Date &amp; time, turn on &quot;Set time automatically&quot; and press &quot;Sync now&quot;. macOS: System Settings &gt; General &gt; Date &amp; Time, turn on &quot;Set time and date automatically&quot;. Linux: turn on automatic date and time in the desktop settings, or run &quot;timedatectl set-ntp true&quot;. Check the time zone too, then run the test again.</source>
        <translation>Attivare l&apos;impostazione automatica di data e ora su questo computer. Windows: Impostazioni &gt; Data/ora e lingua &gt; Data e ora, attivare &quot;Imposta l&apos;ora automaticamente&quot; e premere &quot;Sincronizza ora&quot;. macOS: Impostazioni di Sistema &gt; Generali &gt; Data e ora, attivare &quot;Imposta ora e data automaticamente&quot;. Linux: attivare data e ora automatiche nelle impostazioni del desktop, oppure eseguire &quot;timedatectl set-ntp true&quot;. Controllare anche il fuso orario, poi ripetere il test.</translation>
    </message>
    <message>
        <source>The certificate of %1 is refused because of its dates.</source>
        <translation>Il certificato di %1 viene rifiutato a causa delle sue date di validità.</translation>
    </message>
    <message>
        <source>The date of this computer is wrong: %1; the server&apos;s certificate is valid from %2 to %3 (the server&apos;s date is %4), so %5 is refused only because of this computer&apos;s clock.</source>
        <translation>La data di questo computer è sbagliata: %1; il certificato del server è valido dal %2 al %3 (la data del server è %4), quindi %5 viene rifiutato solo a causa dell&apos;orologio di questo computer.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2 (the server&apos;s own date is %3).</source>
        <translation>Il certificato di %1 è scaduto il %2 (la data indicata dal server è %3).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2 (the server&apos;s own date is %3).</source>
        <translation>Il certificato di %1 non è valido prima del %2 (la data indicata dal server è %3).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate must be renewed: tell the administrator of %1.</source>
        <translation>Il certificato del server deve essere rinnovato: avvisare l&apos;amministratore di %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid from %2 to %3, which does not include this computer&apos;s date (%4): either this computer&apos;s clock or the certificate is wrong.</source>
        <translation>Il certificato di %1 è valido dal %2 al %3, un periodo che non comprende la data di questo computer (%4): è sbagliato l&apos;orologio di questo computer oppure il certificato.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time first (see R16). If they are right, the server&apos;s certificate must be renewed: tell the administrator of %1.</source>
        <translation>Controllare prima la data e l&apos;ora di questo computer (vedere R16). Se sono corrette, il certificato del server deve essere rinnovato: avvisare l&apos;amministratore di %1.</translation>
    </message>
    <message>
        <source>Enter the PBX by its name (for example pbx.example.com) instead of its IP address: Easy UC connects by name.</source>
        <translation>Indicare la centrale con il suo nome (ad esempio pbx.example.com) anziché con l&apos;indirizzo IP: Easy UC si collega tramite il nome.</translation>
    </message>
    <message>
        <source>Enter the PBX by its name (the certificate names %1) instead of its IP address: Easy UC connects by name.</source>
        <translation>Indicare la centrale con il suo nome (il certificato riporta %1) anziché con l&apos;indirizzo IP: Easy UC si collega tramite il nome.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Addresses of the name</source>
        <translation>Indirizzi del nome</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Silent address family</source>
        <translation>Famiglia di indirizzi senza risposta</translation>
    </message>
    <message>
        <source>Name lookup (ms)</source>
        <translation>Ricerca del nome (ms)</translation>
    </message>
    <message>
        <source>TCP connection (ms)</source>
        <translation>Connessione TCP (ms)</translation>
    </message>
    <message>
        <source>TLS handshake (ms)</source>
        <translation>Negoziazione TLS (ms)</translation>
    </message>
    <message>
        <source>First byte of the answer (ms)</source>
        <translation>Primo byte della risposta (ms)</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>Versione TLS</translation>
    </message>
    <message>
        <source>TLS cipher</source>
        <translation>Cifratura TLS</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificato rilasciato a</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificato rilasciato da</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Impronta del certificato (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema del certificato</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Rilasciato a</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Rilasciato da</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Impronta (SHA-256)</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Interrotto durante</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Codice di errore</translation>
    </message>
    <message>
        <source>Error detail</source>
        <translation>Dettaglio dell&apos;errore</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Start of the answer</source>
        <translation>Inizio della risposta</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Stato HTTP</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Server web</translation>
    </message>
    <message>
        <source>WebSocket status</source>
        <translation>Stato WebSocket</translation>
    </message>
    <message>
        <source>WebSocket server</source>
        <translation>Server WebSocket</translation>
    </message>
    <message>
        <source>WebSocket subprotocol</source>
        <translation>Sottoprotocollo WebSocket</translation>
    </message>
    <message>
        <source>WebSocket opening (ms)</source>
        <translation>Apertura del WebSocket (ms)</translation>
    </message>
    <message>
        <source>WebSocket close code</source>
        <translation>Codice di chiusura WebSocket</translation>
    </message>
    <message>
        <source>SIP request</source>
        <translation>Richiesta SIP</translation>
    </message>
    <message>
        <source>SIP answer</source>
        <translation>Risposta SIP</translation>
    </message>
    <message>
        <source>SIP server</source>
        <translation>Server SIP</translation>
    </message>
    <message>
        <source>SIP round trip (ms)</source>
        <translation>Andata e ritorno SIP (ms)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server software</source>
        <translation>Software del server</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Indirizzo locale</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Via sent</source>
        <translation>Via inviato</translation>
    </message>
    <message>
        <source>Contact sent</source>
        <translation>Contact inviato</translation>
    </message>
    <message>
        <source>Via answered</source>
        <translation>Via nella risposta</translation>
    </message>
    <message>
        <source>Via unchanged</source>
        <translation>Via invariato</translation>
    </message>
    <message>
        <source>Port seen by the server (rport)</source>
        <translation>Porta vista dal server (rport)</translation>
    </message>
    <message>
        <source>Headers rewritten on the way</source>
        <translation>Intestazioni modificate lungo il percorso</translation>
    </message>
    <message>
        <source>Contact as the reflector saw it</source>
        <translation>Contact ricevuto dal reflector</translation>
    </message>
    <message>
        <source>Via as the reflector saw it</source>
        <translation>Via ricevuto dal reflector</translation>
    </message>
    <message>
        <source>Reflector</source>
        <translation>Reflector</translation>
    </message>
    <message>
        <source>Reflector problem</source>
        <translation>Problema del reflector</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Andata e ritorno (ms)</translation>
    </message>
    <message>
        <source>Longest round trip (ms)</source>
        <translation>Andata e ritorno più lunga (ms)</translation>
    </message>
    <message>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <source>Packet loss (%)</source>
        <translation>Perdita di pacchetti (%)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>Test packets</source>
        <translation>Pacchetti di prova</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Richieste inviate</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>Intervallo di porte</translation>
    </message>
    <message>
        <source>Ports sampled</source>
        <translation>Porte provate</translation>
    </message>
    <message>
        <source>Packet sizes tried</source>
        <translation>Dimensioni dei pacchetti provate</translation>
    </message>
    <message>
        <source>Names resolved</source>
        <translation>Nomi risolti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>STUN exchanges answered</source>
        <translation>Scambi STUN con risposta</translation>
    </message>
    <message>
        <source>Public address seen</source>
        <translation>Indirizzo pubblico rilevato</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Indirizzo di inoltro</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Allocation lifetime (s)</source>
        <translation>Durata dell&apos;allocazione (s)</translation>
    </message>
    <message>
        <source>Relay released</source>
        <translation>Inoltro rilasciato</translation>
    </message>
    <message>
        <source>TURN credentials</source>
        <translation>Credenziali TURN</translation>
    </message>
    <message>
        <source>Messages ignored</source>
        <translation>Messaggi ignorati</translation>
    </message>
    <message>
        <source>Packets ignored</source>
        <translation>Pacchetti ignorati</translation>
    </message>
    <message>
        <source>Alternate server address</source>
        <translation>Indirizzo alternativo del server</translation>
    </message>
    <message>
        <source>Contents rewritten</source>
        <translation>Contenuto modificato</translation>
    </message>
    <message>
        <source>NAT mapping</source>
        <translation>Mappatura del NAT</translation>
    </message>
    <message>
        <source>NAT filtering</source>
        <translation>Filtraggio del NAT</translation>
    </message>
    <message>
        <source>NAT filtering tested against</source>
        <translation>Filtraggio del NAT provato con</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Indirizzo pubblico</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Porta locale</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Indirizzo della centrale</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Server STUN</translation>
    </message>
    <message>
        <source>Public address (XOR-MAPPED-ADDRESS)</source>
        <translation>Indirizzo pubblico (XOR-MAPPED-ADDRESS)</translation>
    </message>
    <message>
        <source>Public address (MAPPED-ADDRESS)</source>
        <translation>Indirizzo pubblico (MAPPED-ADDRESS)</translation>
    </message>
    <message>
        <source>STUN contents rewritten</source>
        <translation>Contenuto STUN modificato</translation>
    </message>
    <message>
        <source>STUN error</source>
        <translation>Errore STUN</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaccia di rete</translation>
    </message>
    <message>
        <source>Interface MTU (bytes)</source>
        <translation>MTU dell&apos;interfaccia (byte)</translation>
    </message>
    <message>
        <source>Route MTU (bytes)</source>
        <translation>MTU della rotta (byte)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Largest packet answered (bytes)</source>
        <translation>Pacchetto più grande con risposta (byte)</translation>
    </message>
    <message>
        <source>Smallest packet lost (bytes)</source>
        <translation>Pacchetto più piccolo perso (byte)</translation>
    </message>
    <message>
        <source>Path MTU known to the system (bytes)</source>
        <translation>MTU del percorso noto al sistema (byte)</translation>
    </message>
    <message>
        <source>ICMP “fragmentation needed”</source>
        <translation>ICMP “fragmentation needed”</translation>
    </message>
    <message>
        <source>Authorities trusted by this computer</source>
        <translation>Autorità riconosciute da questo computer</translation>
    </message>
    <message>
        <source>Trusted authorities: error</source>
        <translation>Autorità riconosciute: errore</translation>
    </message>
    <message>
        <source>Reference authorities: error</source>
        <translation>Autorità di riferimento: errore</translation>
    </message>
    <message>
        <source>Certificate Transparency required</source>
        <translation>Certificate Transparency richiesta</translation>
    </message>
    <message>
        <source>ICE candidates</source>
        <translation>Candidati ICE</translation>
    </message>
    <message>
        <source>ICE gathering complete</source>
        <translation>Raccolta ICE completata</translation>
    </message>
    <message>
        <source>ICE error</source>
        <translation>Errore ICE</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connessione interrotta (reset)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>irraggiungibile</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>errore di rete</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nome inesistente</translation>
    </message>
    <message>
        <source>DNS did not answer</source>
        <translation>il DNS non ha risposto</translation>
    </message>
    <message>
        <source>name lookup failed</source>
        <translation>ricerca del nome non riuscita</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>negoziazione TLS non riuscita</translation>
    </message>
    <message>
        <source>unexpected protocol</source>
        <translation>protocollo non previsto</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>risposta troppo grande</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>chiusa senza risposta</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>ricerca del nome</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>connessione TCP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>negoziazione TLS</translation>
    </message>
    <message>
        <source>exchange of messages</source>
        <translation>scambio di messaggi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(assente)</translation>
    </message>
    <message>
        <source>Chain certificate %1: %2</source>
        <translation>Certificato %1 della catena: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no SIP answer within %1 s</source>
        <translation>nessuna risposta SIP entro %1 s</translation>
    </message>
    <message>
        <source>no TURN answer within %1 s</source>
        <translation>nessuna risposta TURN entro %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nessuna risposta entro %1 s</translation>
    </message>
    <message>
        <source>no complete HTTP answer within %1 s</source>
        <translation>nessuna risposta HTTP completa entro %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s) received)</source>
        <translation>
            <numerusform>%1 (%n byte ricevuto)</numerusform>
            <numerusform>%1 (%n byte ricevuti)</numerusform>
        </translation>
    </message>
    <message>
        <source>still waiting after %1 s</source>
        <translation>ancora in attesa dopo %1 s</translation>
    </message>
    <message>
        <source>Address tested</source>
        <translation>Indirizzo verificato</translation>
    </message>
    <message>
        <source>Top of the chain issued by</source>
        <translation>Cima della catena rilasciata da</translation>
    </message>
    <message>
        <source>Trusted by the public roots</source>
        <translation>Riconosciuto dalle autorità pubbliche</translation>
    </message>
    <message>
        <source>Public root</source>
        <translation>Autorità pubblica di origine</translation>
    </message>
    <message>
        <source>Public roots: error</source>
        <translation>Autorità pubbliche: errore</translation>
    </message>
    <message>
        <source>Trusted by this computer</source>
        <translation>Riconosciuto da questo computer</translation>
    </message>
    <message>
        <source>Root of this computer</source>
        <translation>Autorità di origine di questo computer</translation>
    </message>
    <message>
        <source>This computer&apos;s roots: error</source>
        <translation>Autorità di questo computer: errore</translation>
    </message>
    <message>
        <source>Public roots used</source>
        <translation>Autorità pubbliche usate</translation>
    </message>
    <message>
        <source>Certificate Transparency proofs (SCT)</source>
        <translation>Prove di Certificate Transparency (SCT)</translation>
    </message>
    <message>
        <source>Malformed SCT list</source>
        <translation>Elenco SCT non valido</translation>
    </message>
    <message>
        <source>ICE local candidates</source>
        <translation>Candidati ICE locali</translation>
    </message>
    <message>
        <source>ICE public-address candidates</source>
        <translation>Candidati ICE con indirizzo pubblico</translation>
    </message>
    <message>
        <source>ICE relay candidates</source>
        <translation>Candidati ICE di inoltro</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>attendibile</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non attendibile</translation>
    </message>
    <message>
        <source>no Certificate Transparency proof</source>
        <translation>nessuna prova di Certificate Transparency</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>nessun certificato</translation>
    </message>
    <message>
        <source>authority trusted only by this computer</source>
        <translation>autorità riconosciuta solo da questo computer</translation>
    </message>
    <message>
        <source>known interception product</source>
        <translation>prodotto di intercettazione noto</translation>
    </message>
    <message>
        <source>Address contacted</source>
        <translation>Indirizzo contattato</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Misurato con</translation>
    </message>
    <message>
        <source>MOS (1-4.5)</source>
        <translation>MOS (da 1 a 4,5)</translation>
    </message>
    <message>
        <source>R-factor (E-model)</source>
        <translation>R-factor (E-model)</translation>
    </message>
    <message>
        <source>Mean jitter (ms)</source>
        <translation>Jitter medio (ms)</translation>
    </message>
    <message>
        <source>Worst loss in 15 s (%)</source>
        <translation>Perdita massima su 15 s (%)</translation>
    </message>
    <message>
        <source>Worst loss in 200 ms (%)</source>
        <translation>Perdita massima su 200 ms (%)</translation>
    </message>
    <message>
        <source>Longest run of lost packets</source>
        <translation>Sequenza più lunga di pacchetti persi</translation>
    </message>
    <message>
        <source>Packets out of order (%)</source>
        <translation>Pacchetti fuori sequenza (%)</translation>
    </message>
    <message>
        <source>Effective latency (ms)</source>
        <translation>Latenza effettiva (ms)</translation>
    </message>
    <message>
        <source>Datagrams ignored</source>
        <translation>Datagrammi ignorati</translation>
    </message>
    <message>
        <source>Loss on the path to the PBX from hop</source>
        <translation>Perdita sul percorso verso la centrale a partire dal salto</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No runs are kept in the history yet.</source>
        <translation>Nella cronologia non ci sono ancora esecuzioni.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give at least %2 characters of the run ID (see --history).</source>
        <translation>&quot;%1&quot;: indicare almeno %2 caratteri dell&apos;ID di esecuzione (vedere --history).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one run: %2. Give more characters.</source>
        <translation>&quot;%1&quot; corrisponde a più di un&apos;esecuzione: %2. Indicare più caratteri.</translation>
    </message>
    <message>
        <source>No run &quot;%1&quot; in the history (see --history).</source>
        <translation>Nessuna esecuzione &quot;%1&quot; nella cronologia (vedere --history).</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>not known (no default route)</source>
        <translation>sconosciuto (nessuna route predefinita)</translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>sconosciuto (%1)</translation>
    </message>
    <message>
        <source>Ethernet cable (%1)</source>
        <translation>Cavo Ethernet (%1)</translation>
    </message>
    <message>
        <source>A VPN tunnel (%1); the link under it is not known</source>
        <translation>Tunnel VPN (%1); la connessione sottostante non è nota</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Altro (%1)</translation>
    </message>
    <message>
        <source>signal %1 % (%2 dBm)</source>
        <translation>segnale %1 % (%2 dBm)</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <translation>segnale %1 %</translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation>segnale %1 dBm</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Wi-Fi (%1); the signal strength is not given</source>
        <translation>Wi-Fi (%1); l&apos;intensità del segnale non è disponibile</translation>
    </message>
    <message>
        <source>Wi-Fi (%1): %2</source>
        <translation>Wi-Fi (%1): %2</translation>
    </message>
    <message>
        <source> — weak: calls may break up</source>
        <translation> — debole: le chiamate potrebbero essere a scatti</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <source>Yes: the route to %1 leaves through the tunnel %2 (%3)</source>
        <translation>Sì: il percorso verso %1 passa attraverso il tunnel %2 (%3)</translation>
    </message>
    <message>
        <source>No tunnel seen on the routes that could be looked up (%1)</source>
        <translation>Nessun tunnel rilevato sui percorsi che è stato possibile verificare (%1)</translation>
    </message>
    <message>
        <source>No: the PBX and the STUN server are reached without a tunnel</source>
        <translation>No: la centrale e il server STUN vengono raggiunti senza tunnel</translation>
    </message>
    <message>
        <source>None: direct connections</source>
        <translation>Nessuno: connessioni dirette</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Impostato manualmente: %1</translation>
    </message>
    <message>
        <source>Configuration script (PAC): %1</source>
        <translation>Script di configurazione (PAC): %1</translation>
    </message>
    <message>
        <source>Detected automatically (WPAD)</source>
        <translation>Rilevato automaticamente (WPAD)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (da %1)</translation>
    </message>
    <message>
        <source>%1: authentication required (407)</source>
        <translation>%1: autenticazione richiesta (407)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: rifiutato (%2)</translation>
    </message>
    <message>
        <source>%1: CONNECT accepted, TLS failed (%2)</source>
        <translation>%1: CONNECT accettato, TLS non riuscito (%2)</translation>
    </message>
    <message>
        <source>%1: CONNECT, TLS and WebSocket upgrade work</source>
        <translation>%1: CONNECT, TLS e upgrade WebSocket funzionano</translation>
    </message>
    <message>
        <source>%1: CONNECT and TLS work, WebSocket upgrade refused (%2)</source>
        <translation>%1: CONNECT e TLS funzionano, upgrade WebSocket rifiutato (%2)</translation>
    </message>
    <message>
        <source>%1: CONNECT and TLS work</source>
        <translation>%1: CONNECT e TLS funzionano</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>nessun indirizzo</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2 in %3 ms</translation>
    </message>
    <message>
        <source> — differs from the others</source>
        <translation> — diverso dagli altri</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Proxy setting</source>
        <translation>Impostazione proxy</translation>
    </message>
    <message>
        <source>Through the proxy</source>
        <translation>Tramite il proxy</translation>
    </message>
    <message>
        <source>not known: the system did not say which proxy it uses</source>
        <translation>sconosciuto: il sistema non ha indicato quale proxy utilizza</translation>
    </message>
    <message>
        <source>HTTPS, WebSocket signalling and media (UDP) go to the PBX through the VPN tunnel %1</source>
        <translation>HTTPS, segnalazione WebSocket e media (UDP) raggiungono la centrale attraverso il tunnel VPN %1</translation>
    </message>
    <message>
        <source>HTTPS, WebSocket signalling and media (UDP) go directly to the PBX</source>
        <translation>HTTPS, segnalazione WebSocket e media (UDP) raggiungono direttamente la centrale</translation>
    </message>
    <message>
        <source>HTTPS goes through the proxy %1, which does not carry the WebSocket signalling to the PBX: the app registers only if it connects directly. Media (UDP) goes directly, never through a web proxy</source>
        <translation>Il traffico HTTPS passa attraverso il proxy %1, che non trasporta la segnalazione WebSocket verso la centrale: l&apos;app si registra solo se si connette direttamente. I media (UDP) passano direttamente, mai attraverso un proxy web</translation>
    </message>
    <message>
        <source>HTTPS and WebSocket signalling go through the proxy %1. Media (UDP) goes directly, never through a web proxy</source>
        <translation>Il traffico HTTPS e la segnalazione WebSocket passano attraverso il proxy %1. I media (UDP) passano direttamente, mai attraverso un proxy web</translation>
    </message>
    <message>
        <source>The Easy UC app&apos;s traffic</source>
        <translation>Traffico dell&apos;app Easy UC</translation>
    </message>
    <message>
        <source>DNS servers asked</source>
        <translation>Server DNS interrogati</translation>
    </message>
    <message>
        <source>DNS servers asked for %1</source>
        <translation>Server DNS interrogati per %1</translation>
    </message>
</context>
<context>
    <name>HostFindings</name>
    <message>
        <source>%1: the proxy asks for a user name and password (407)</source>
        <translation>%1: il proxy richiede nome utente e password (407)</translation>
    </message>
    <message>
        <source>%1: the proxy refused the connection (%2)</source>
        <translation>%1: il proxy ha rifiutato la connessione (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no TLS through the proxy (%2)</source>
        <translation>%1: TLS non disponibile attraverso il proxy (%2)</translation>
    </message>
    <message>
        <source>%1: the WebSocket upgrade was refused through the proxy (%2)</source>
        <translation>%1: l&apos;upgrade WebSocket è stato rifiutato attraverso il proxy (%2)</translation>
    </message>
    <message>
        <source>Reachable only through the proxy %1, which this computer uses for HTTPS (the way the Easy UC app connects); the direct connection failed: %2</source>
        <translation>Raggiungibile solo attraverso il proxy %1, che questo computer usa per HTTPS (il modo in cui si connette l&apos;app Easy UC); la connessione diretta non è riuscita: %2</translation>
    </message>
    <message>
        <source>The app works as long as it uses the proxy %1. If the app is set to connect directly, open the port in the firewall.</source>
        <translation>L&apos;app funziona finché usa il proxy %1. Se l&apos;app è configurata per connettersi direttamente, aprire la porta nel firewall.</translation>
    </message>
    <message>
        <source>Reachable directly, but the proxy %1 that this computer uses for HTTPS refused it: %2</source>
        <translation>Raggiungibile direttamente, ma il proxy %1 che questo computer usa per HTTPS ha rifiutato la connessione: %2</translation>
    </message>
    <message>
        <source>The Easy UC app follows the system proxy: add the PBX and the Proxima domains to the proxy&apos;s exceptions (bypass list), or have the proxy allow CONNECT to these ports, with no authentication for them.</source>
        <translation>L&apos;app Easy UC segue il proxy di sistema: aggiungere la centrale e i domini Proxima alle eccezioni del proxy (elenco di bypass), oppure configurare il proxy in modo che consenta CONNECT verso queste porte senza richiedere l&apos;autenticazione.</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2.</source>
        <translation>Tramite il proxy %1: %2.</translation>
    </message>
    <message>
        <source>the PBX and the STUN server</source>
        <translation>la centrale e il server STUN</translation>
    </message>
    <message>
        <source>the PBX</source>
        <translation>la centrale</translation>
    </message>
    <message>
        <source>the STUN server</source>
        <translation>il server STUN</translation>
    </message>
    <message>
        <source>%1 %, %2 dBm</source>
        <translation>%1 %, %2 dBm</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This computer is on Wi-Fi with a weak signal (%1): use a network cable, or move closer to the access point.</source>
        <translation>Questo computer è connesso al Wi-Fi con un segnale debole (%1): usare un cavo di rete o avvicinarsi all&apos;access point.</translation>
    </message>
    <message>
        <source>The route to %1 goes through the VPN tunnel %2 (%3): ask for split tunnelling, so that the PBX and the media go directly and not through the VPN.</source>
        <translation>Il percorso verso %1 passa attraverso il tunnel VPN %2 (%3): chiedere lo split tunneling, in modo che il traffico verso la centrale e i media passino direttamente e non attraverso la VPN.</translation>
    </message>
    <message>
        <source>%1 answers differently (%2)</source>
        <translation>%1 risponde in modo diverso (%2)</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 ha dato errore (%2)</translation>
    </message>
    <message>
        <source>Not every DNS server of this computer gives the PBX&apos;s address: %1. Use DNS servers that all answer the same.</source>
        <translation>Non tutti i server DNS di questo computer restituiscono l&apos;indirizzo della centrale: %1. Usare server DNS che diano tutti la stessa risposta.</translation>
    </message>
</context>
<context>
    <name>HostInput</name>
    <message>
        <source>&quot;%1&quot; is not a valid address: type a name such as pbx.example.com.</source>
        <translation>&quot;%1&quot; non è un indirizzo valido: scrivere un nome come pbx.example.com.</translation>
    </message>
    <message>
        <source>Using &quot;%1&quot; (taken from &quot;%2&quot;).</source>
        <translation>Viene usato &quot;%1&quot; (ricavato da &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>MediaQualityCheck</name>
    <message>
        <source>the RTP reflector %1</source>
        <translation>il reflector RTP %1</translation>
    </message>
    <message>
        <source>the STUN server %1</source>
        <translation>il server STUN %1</translation>
    </message>
    <message>
        <source>Not measured: the call test to %1 could not send (%2).</source>
        <translation>Non misurato: la prova di chiamata verso %1 non è riuscita a inviare pacchetti (%2).</translation>
    </message>
    <message>
        <source>Not measured: none of the %1 packets of the call test to %2 was answered.</source>
        <translation>Non misurato: nessuno dei %1 pacchetti della prova di chiamata verso %2 ha avuto risposta.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards %1 so that call quality can be measured; without it, calls may have no audio.</source>
        <translation>Consentire il traffico UDP in uscita verso %1, così che la qualità delle chiamate possa essere misurata; altrimenti le chiamate potrebbero restare senza audio.</translation>
    </message>
    <message>
        <source>loss %1 % (target: below %2 % in any 15 s)</source>
        <translation>perdita %1 % (obiettivo: meno di %2 % in qualsiasi intervallo di 15 s)</translation>
    </message>
    <message>
        <source>burst loss %1 % in 200 ms (target: below %2 %)</source>
        <translation>perdita a raffica %1 % in 200 ms (obiettivo: meno di %2 %)</translation>
    </message>
    <message>
        <source>jitter %1 ms (target: below %2 ms)</source>
        <translation>jitter %1 ms (obiettivo: meno di %2 ms)</translation>
    </message>
    <message>
        <source>round trip %1 ms (target: below %2 ms)</source>
        <translation>andata e ritorno %1 ms (obiettivo: meno di %2 ms)</translation>
    </message>
    <message>
        <source>%1 % of packets out of order (target: below %2 %)</source>
        <translation>%1 % dei pacchetti fuori sequenza (obiettivo: meno di %2 %)</translation>
    </message>
    <message>
        <source>From a %1-second call test to %2: MOS %3 (%4), round trip %5 ms, jitter %6 ms, loss %7 %.</source>
        <translation>Prova di chiamata di %1 s verso %2: MOS %3 (%4), andata e ritorno %5 ms, jitter %6 ms, perdita %7 %.</translation>
    </message>
    <message>
        <source>%1 Above the targets: %2.</source>
        <translation>%1 Valori oltre gli obiettivi: %2.</translation>
    </message>
    <message>
        <source>Voice may sound choppy or delayed. Avoid Wi-Fi with weak signal, check that large downloads or backups are not filling the connection, and ask the provider about line quality.</source>
        <translation>La voce potrebbe arrivare a scatti o in ritardo. Evitare il Wi-Fi con segnale debole, verificare che download pesanti o backup non stiano saturando la connessione e chiedere al fornitore della linea di controllarne la qualità.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>--repeat: &quot;%1&quot; is not an interval; write it as 60s, 5m or 1h.</source>
        <translation>--repeat: &quot;%1&quot; non è un intervallo valido; scriverlo come 60s, 5m o 1h.</translation>
    </message>
    <message>
        <source>--repeat: the interval must be from %1 s to 24 h (at most one run a minute), not %2.</source>
        <translation>--repeat: l&apos;intervallo deve essere da %1 s a 24 h (al massimo un&apos;esecuzione al minuto), non %2.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--count deve essere un numero intero da 1 a %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Monitoring summary: %1 of %2 runs, every %3 s, PBX %4</source>
        <translation>Riepilogo del monitoraggio: %1 di %2 esecuzioni, ogni %3 s, centrale %4</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Dal %1 al %2</translation>
    </message>
    <message>
        <source>Timeline (overall verdict and media quality per run):</source>
        <translation>Andamento (esito complessivo e qualità delle chiamate per ogni esecuzione):</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>jitter</source>
        <translation>jitter</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Variazioni:</translation>
    </message>
    <message>
        <source>No requirement changed its status.</source>
        <translation>Nessun requisito ha cambiato stato.</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 at run %4 (%5, %6)</source>
        <translation>%1 passa da %2 a %3 all&apos;esecuzione %4 (%5, %6)</translation>
    </message>
    <message>
        <source>Worst:</source>
        <translation>Valori peggiori:</translation>
    </message>
    <message>
        <source>verdict: %1 %2 (runs %3)</source>
        <translation>esito: %1 %2 (esecuzioni %3)</translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation>%1: nessuna misura</translation>
    </message>
    <message>
        <source>%1: %2 at run %3 (%4, %5)</source>
        <translation>%1: %2 all&apos;esecuzione %3 (%4, %5)</translation>
    </message>
    <message>
        <source>round-trip time</source>
        <translation>tempo di andata e ritorno</translation>
    </message>
    <message>
        <source>packet loss</source>
        <translation>perdita di pacchetti</translation>
    </message>
</context>
<context>
    <name>PathReport</name>
    <message>
        <source>The path to the PBX loses packets from %1, %2 (%3% lost at the PBX): audio will break up until whoever runs that part of the network fixes it.</source>
        <translation>Il percorso verso la centrale perde pacchetti a partire dal %1, %2 (%3% persi alla centrale): l&apos;audio sarà a scatti finché chi gestisce quella parte della rete non risolverà il problema.</translation>
    </message>
    <message>
        <source>inside your own network</source>
        <translation>all&apos;interno della rete locale</translation>
    </message>
    <message>
        <source>probably inside your Internet provider&apos;s network</source>
        <translation>probabilmente all&apos;interno della rete del provider Internet</translation>
    </message>
    <message>
        <source>on the Internet beyond your provider</source>
        <translation>su Internet, oltre la rete del provider</translation>
    </message>
    <message>
        <source>at the PBX</source>
        <translation>presso la centrale</translation>
    </message>
    <message>
        <source>at a hop that did not answer</source>
        <translation>presso un salto che non ha risposto</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>salto %1</translation>
    </message>
    <message>
        <source>hop %1 (%2, %3)</source>
        <translation>salto %1 (%2, %3)</translation>
    </message>
    <message>
        <source>hop %1 (%2)</source>
        <translation>salto %1 (%2)</translation>
    </message>
    <message>
        <source>The path to the PBX could not be traced: %1</source>
        <translation>Non è stato possibile tracciare il percorso verso la centrale: %1</translation>
    </message>
    <message>
        <source>No hop on the way to the PBX (%1) answered the path probes, so the path could not be traced.</source>
        <translation>Nessun salto sul percorso verso la centrale (%1) ha risposto alle sonde di percorso, quindi non è stato possibile tracciare il percorso.</translation>
    </message>
    <message>
        <source>The path was traced up to %1; the PBX did not answer the path probes (many servers stay silent to them), so loss along the path cannot be judged.</source>
        <translation>Il percorso è stato tracciato fino a %1; la centrale non ha risposto alle sonde di percorso (molti server non rispondono a queste sonde), quindi non è possibile valutare la perdita lungo il percorso.</translation>
    </message>
    <message>
        <source>Loss from %1, %2, and continuing to the PBX: %3% of the PBX&apos;s answers were lost. Calls through this path will break up; show this table to whoever runs that part of the network.</source>
        <translation>Perdita a partire dal %1, %2, che prosegue fino alla centrale: il %3% delle risposte della centrale è andato perso. Le chiamate su questo percorso saranno a scatti; mostrare questa tabella a chi gestisce quella parte della rete.</translation>
    </message>
    <message>
        <source>The PBX answered %1 of %2 path probes while every hop before it answered the probes sent to it. A PBX may limit such answers, so this alone does not show loss on the path.</source>
        <translation>La centrale ha risposto a %1 sonde di percorso su %2, mentre tutti i salti precedenti hanno risposto alle sonde loro inviate. Una centrale può limitare queste risposte, quindi questo dato da solo non indica una perdita sul percorso.</translation>
    </message>
    <message numerus="yes">
        <source>The PBX was reached in %n hop(s) (%1 ms at the PBX); %2 of its %3 answers were missing, too few to point at a place.</source>
        <translation>
            <numerusform>La centrale è stata raggiunta in %n salto (%1 ms alla centrale); sono mancate %2 risposte su %3, troppo poche per individuare un punto preciso.</numerusform>
            <numerusform>La centrale è stata raggiunta in %n salti (%1 ms alla centrale); sono mancate %2 risposte su %3, troppo poche per individuare un punto preciso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PBX was reached in %n hop(s) without loss along the way (%1 ms at the PBX).</source>
        <translation>
            <numerusform>La centrale è stata raggiunta in %n salto senza perdite lungo il percorso (%1 ms alla centrale).</numerusform>
            <numerusform>La centrale è stata raggiunta in %n salti senza perdite lungo il percorso (%1 ms alla centrale).</numerusform>
        </translation>
    </message>
    <message>
        <source>At hop %1 some probes went unanswered while the hops after it answered: routers limit such answers, so this is not loss.</source>
        <translation>Al salto %1 alcune sonde non hanno ricevuto risposta mentre i salti successivi hanno risposto: i router limitano queste risposte, quindi non si tratta di perdita.</translation>
    </message>
    <message>
        <source>your network</source>
        <translation>rete locale</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>centrale</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Path to the PBX (%1)</source>
        <translation>Percorso verso la centrale (%1)</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Median RTT</source>
        <translation>RTT mediano</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The PDF report needs a graphical application object (QGuiApplication).</source>
        <translation>Il report PDF richiede un oggetto applicazione grafica (QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Non è stato possibile avviare la creazione del PDF.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>chiave sconosciuta (qui sono ammesse: %1)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>atteso un oggetto, trovato %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>attesa una stringa, trovato %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>atteso true o false, trovato %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>atteso un numero intero, trovato %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 è fuori dall&apos;intervallo consentito (da %2 a %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation>&quot;%1&quot; non è un nome host o un indirizzo IP valido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation>&quot;%1&quot; non è nel formato host:porta</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>atteso un elenco, trovato %1</translation>
    </message>
    <message>
        <source>must start with / and contain no spaces</source>
        <translation>deve iniziare con / e non contenere spazi</translation>
    </message>
    <message>
        <source>must be a single token such as &quot;sip&quot;</source>
        <translation>deve essere una sola parola, ad esempio &quot;sip&quot;</translation>
    </message>
    <message>
        <source>must not be below rules.rtp.first (%1)</source>
        <translation>non deve essere inferiore a rules.rtp.first (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of udp, tcp, tls</source>
        <translation>&quot;%1&quot; non è tra udp, tcp, tls</translation>
    </message>
    <message>
        <source>missing (this version reads schema 1)</source>
        <translation>mancante (questa versione legge lo schema 1)</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters</source>
        <translation>deve avere da 1 a 200 caratteri</translation>
    </message>
    <message>
        <source>must list at least one domain</source>
        <translation>deve elencare almeno un dominio</translation>
    </message>
    <message>
        <source>must be &quot;builtin&quot;, &quot;system&quot; or the path of a PEM file</source>
        <translation>deve essere &quot;builtin&quot;, &quot;system&quot; o il percorso di un file PEM</translation>
    </message>
    <message>
        <source>unknown requirement id</source>
        <translation>id di requisito sconosciuto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;required&quot; or &quot;advisory&quot;</source>
        <translation>&quot;%1&quot; non è né &quot;required&quot; né &quot;advisory&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot;: %3</source>
        <translation>%1: chiave &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>il profilo deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>il file supera 1 MiB</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra la guida alle opzioni della riga di comando.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Mostra la guida, incluse le opzioni specifiche di Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra le informazioni sulla versione.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilizzo: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opzioni]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opzione sconosciuta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opzioni sconosciute: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valore mancante dopo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valore non previsto dopo &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Network diagnosis for Easy UC</source>
        <translation>Diagnosi di rete per Easy UC</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Support code</source>
        <translation>Codice di assistenza</translation>
    </message>
    <message>
        <source>Read this code to Proxima support: it tells them every result at once.</source>
        <translation>Comunicare questo codice all&apos;assistenza Proxima: riassume tutti i risultati.</translation>
    </message>
    <message>
        <source>Requirements at a glance</source>
        <translation>Requisiti in sintesi</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfacce di rete</translation>
    </message>
    <message>
        <source>Requirements in detail</source>
        <translation>Requisiti in dettaglio</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendice</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Elementi verificati</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Cosa è stato rilevato</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Profile used (credentials removed)</source>
        <translation>Profilo usato (credenziali rimosse)</translation>
    </message>
    <message>
        <source>Certificate chains seen</source>
        <translation>Catene di certificati rilevate</translation>
    </message>
    <message>
        <source>SIP messages seen</source>
        <translation>Messaggi SIP rilevati</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>End of the log</source>
        <translation>Ultime righe del log</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emittente</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Measured (ms)</source>
        <translation>Misurato (ms)</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Rilevato in</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Creato da %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicata)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nome del computer</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Gateway predefinito</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Server DNS</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy di sistema</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>nessuno (connessione diretta)</translation>
    </message>
    <message>
        <source>Public addresses seen</source>
        <translation>Indirizzi pubblici rilevati</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Consigliato</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n soddisfatto</numerusform>
            <numerusform>%n soddisfatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n con avviso</numerusform>
            <numerusform>%n con avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non superato</numerusform>
            <numerusform>%n non superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n non eseguito</numerusform>
            <numerusform>%n non eseguiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool errors</source>
        <translation>
            <numerusform>%n errore dello strumento</numerusform>
            <numerusform>%n errori dello strumento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not selected</source>
        <translation>
            <numerusform>%n non selezionato</numerusform>
            <numerusform>%n non selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>This follows from the cause at the top.</source>
        <translation>È una conseguenza della causa indicata in alto.</translation>
    </message>
    <message>
        <source>not known: the system did not answer in time (%1)</source>
        <translation>sconosciuto: il sistema non ha risposto in tempo (%1)</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>ID esecuzione</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>JSON for support tools (*.json)</source>
        <translation>JSON per gli strumenti dell&apos;assistenza (*.json)</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: choose PDF, HTML or JSON.</source>
        <translation>Formato di report &quot;%1&quot; sconosciuto: scegliere PDF, HTML o JSON.</translation>
    </message>
</context>
<context>
    <name>RunCompare</name>
    <message>
        <source>%1: %2  %3  PBX %4  %5 %6  %7</source>
        <translation>%1: %2  %3  centrale %4  %5 %6  %7</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tempo di andata e ritorno</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perdita di pacchetti</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Indirizzo pubblico</translation>
    </message>
    <message>
        <source>MTU of the interface</source>
        <translation>MTU dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>MTU of the path</source>
        <translation>MTU del percorso</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n row(s)</source>
        <translation>
            <numerusform>Con modifiche: %n riga</numerusform>
            <numerusform>Con modifiche: %n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n row(s)</source>
        <translation>
            <numerusform>Senza modifiche: %n riga</numerusform>
            <numerusform>Senza modifiche: %n righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunFigures</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>Requirement profile (JSON). Default: the embedded Proxima profile.</source>
        <translation>Profilo dei requisiti (JSON). Predefinito: il profilo Proxima incluso nel programma.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FQDN or address of the Proxima PBX.</source>
        <translation>FQDN o indirizzo della centrale Proxima.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Language of the output: it or en.</source>
        <translation>Lingua dei risultati: it o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>Run only these requirement ids (comma-separated).</source>
        <translation>Esegue solo i requisiti con questi id (separati da virgola).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deadline of each check in milliseconds (500-120000).</source>
        <translation>Tempo massimo di ogni verifica in millisecondi (500-120000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>Scrive i dettagli del log su standard error.</translation>
    </message>
    <message>
        <source>--lang must be &quot;it&quot; or &quot;en&quot;, not &quot;%1&quot;.</source>
        <translation>--lang deve essere &quot;it&quot; o &quot;en&quot;, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--pbx: &quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>--pbx: &quot;%1&quot; non è un nome host o un indirizzo IP valido.</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number from 500 to 120000.</source>
        <translation>--timeout-ms deve essere un numero intero da 500 a 120000.</translation>
    </message>
    <message>
        <source>--only: unknown requirement id: %1. Known ids (number or name): %2.</source>
        <translation>--only: id di requisito sconosciuto: %1. Id validi (numero o nome): %2.</translation>
    </message>
    <message>
        <source>Also test a call: a voice-shaped stream (G.711, 50 packets/s) for SECONDS (10-300) to the RTP reflector, or to the first STUN server, scored by R15 as a MOS.</source>
        <translation>Esegue anche una prova di chiamata: un flusso con le caratteristiche di una chiamata vocale (G.711, 50 pacchetti/s) per SECONDI (10-300) verso il reflector RTP o, in mancanza, verso il primo server STUN, valutato da R15 con un punteggio MOS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>--call-test must be a whole number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--call-test deve essere un numero intero di secondi da %1 a %2, non &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ShortAction</name>
    <message>
        <source>Check the cable or Wi-Fi and the DNS settings, then allow outgoing HTTPS (TCP 443).</source>
        <translation>Controllare il cavo o il Wi-Fi e le impostazioni DNS, poi consentire il traffico HTTPS in uscita (TCP 443).</translation>
    </message>
    <message>
        <source>Check the PBX name as typed, then the DNS servers of this network.</source>
        <translation>Controllare il nome della centrale così come è stato scritto, poi i server DNS di questa rete.</translation>
    </message>
    <message>
        <source>Allow outgoing HTTPS to the PBX and exclude it from SSL/TLS inspection.</source>
        <translation>Consentire il traffico HTTPS in uscita verso la centrale ed escluderla dal filtro SSL/TLS.</translation>
    </message>
    <message>
        <source>Allow secure WebSocket traffic to the PBX&apos;s WebRTC port, without SSL inspection.</source>
        <translation>Consentire il traffico WebSocket sicuro verso la porta WebRTC della centrale, senza filtro SSL.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP to the PBX on the RTP port range, with the replies.</source>
        <translation>Consentire il traffico UDP in uscita verso la centrale sull&apos;intervallo di porte RTP, con le relative risposte.</translation>
    </message>
    <message>
        <source>Allow outgoing TCP to the PBX&apos;s WebCTI port.</source>
        <translation>Consentire il traffico TCP in uscita verso la porta WebCTI della centrale.</translation>
    </message>
    <message>
        <source>Allow outgoing HTTPS to the Proxima domains and their subdomains.</source>
        <translation>Consentire il traffico HTTPS in uscita verso i domini Proxima e i loro sottodomini.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP to the STUN servers.</source>
        <translation>Consentire il traffico UDP in uscita verso i server STUN.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP, TCP and TLS to the TURN servers; check the TURN credentials.</source>
        <translation>Consentire il traffico UDP, TCP e TLS in uscita verso i server TURN; controllare le credenziali TURN.</translation>
    </message>
    <message>
        <source>Turn off the SIP ALG (SIP helper, SIP inspection) of the router or firewall.</source>
        <translation>Disattivare il SIP ALG (SIP helper, SIP inspection) del router o del firewall.</translation>
    </message>
    <message>
        <source>Set the router to keep the source port (endpoint-independent mapping); keep TURN reachable.</source>
        <translation>Impostare il router in modo che mantenga la porta di origine (endpoint-independent mapping); lasciare raggiungibili i server TURN.</translation>
    </message>
    <message>
        <source>Let ICMP “fragmentation needed” through and ask the provider about the line&apos;s MTU.</source>
        <translation>Lasciar passare i messaggi ICMP “fragmentation needed” e chiedere al fornitore qual è l&apos;MTU della linea.</translation>
    </message>
    <message>
        <source>Make traffic to the PBX and the STUN/TURN servers leave from one public address.</source>
        <translation>Far uscire il traffico verso la centrale e i server STUN/TURN da un solo indirizzo pubblico.</translation>
    </message>
    <message>
        <source>Turn off HTTPS inspection for the Proxima names in the firewall, proxy or antivirus.</source>
        <translation>Disattivare l&apos;ispezione HTTPS per i nomi Proxima nel firewall, nel proxy o nell&apos;antivirus.</translation>
    </message>
    <message>
        <source>Avoid weak Wi-Fi and saturated links; ask the provider about the line quality.</source>
        <translation>Evitare il Wi-Fi con segnale debole e le linee sature; chiedere al fornitore di controllare la qualità della linea.</translation>
    </message>
    <message>
        <source>Set this computer to set its date and time automatically.</source>
        <translation>Impostare data e ora di questo computer in modo automatico.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 %4</source>
        <translation>%1 %2 — %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Easy UC network diagnosis, %1 (PBX: %2)</source>
        <translation>Diagnosi di rete Easy UC, %1 (centrale: %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>Result: %1 %2 — %3</source>
        <translation>Esito: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Codice di assistenza: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non eseguito</translation>
    </message>
    <message>
        <source>Tool error</source>
        <translation>Errore dello strumento</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non selezionato</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
</context>
<context>
    <name>SupportCode</name>
    <message>
        <source>A support code has %1 characters after EUC, like EUC-7K2-F9Q-4MX; &quot;%2&quot; has %3.</source>
        <translation>Un codice di assistenza ha %1 caratteri dopo EUC, come EUC-7K2-F9Q-4MX; &quot;%2&quot; ne ha %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a support code (codes never use 0, O, 1, I or L).</source>
        <translation>&quot;%1&quot; non può comparire in un codice di assistenza (i codici non usano mai 0, O, 1, I o L).</translation>
    </message>
    <message>
        <source>The support code %1 is not valid: a character was probably misread. Please read it again.</source>
        <translation>Il codice di assistenza %1 non è valido: probabilmente un carattere è stato letto male. Ricontrollare il codice.</translation>
    </message>
    <message>
        <source>The support code %1 uses format %2, which this version of easyuc-diag cannot read.</source>
        <translation>Il codice di assistenza %1 usa il formato %2, che questa versione di easyuc-diag non sa leggere.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>The network is ready for Easy UC.</source>
        <translation>La rete è pronta per Easy UC.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: Easy UC will not work fully on this network.</source>
        <translation>
            <numerusform>Trovato %n problema: Easy UC non funzionerà pienamente su questa rete.</numerusform>
            <numerusform>Trovati %n problemi: Easy UC non funzionerà pienamente su questa rete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) could not be confirmed or need attention.</source>
        <translation>
            <numerusform>%n punto non è stato confermato o richiede attenzione.</numerusform>
            <numerusform>%n punti non sono stati confermati o richiedono attenzione.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — network diagnosis for Easy UC</source>
        <translation>%1 %2 — diagnosi di rete per Easy UC</translation>
    </message>
    <message>
        <source>Result: %1 %2 — %3</source>
        <translation>Esito: %1 %2 — %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>the RTP reflector %1</source>
        <translation>il reflector RTP %1</translation>
    </message>
    <message>
        <source>the STUN server %1</source>
        <translation>il server STUN %1</translation>
    </message>
    <message>
        <source>Call test (%1 s): not measured: %2</source>
        <translation>Prova di chiamata (%1 s): nessuna misura: %2</translation>
    </message>
    <message>
        <source>none of the %1 packets to %2 was answered.</source>
        <translation>nessuno dei %1 pacchetti inviati verso %2 ha avuto risposta.</translation>
    </message>
    <message>
        <source>Call test: MOS %1 (%2), R %3 — %4 s to %5: %6 packets sent, %7 lost, round trip %8 ms, jitter %9 ms, loss %10 %, longest burst %11, worst 200 ms %12 %.</source>
        <translation>Prova di chiamata: MOS %1 (%2), R %3 — %4 s verso %5: %6 pacchetti inviati, persi %7, andata e ritorno %8 ms, jitter %9 ms, perdita %10 %, raffica di perdite più lunga %11, peggiore finestra di 200 ms %12 %.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the address of the PBX is not known</source>
        <translation>l&apos;indirizzo della centrale non è noto</translation>
    </message>
    <message>
        <source>stopped before the path was fully traced</source>
        <translation>interrotto prima che il percorso fosse tracciato completamente</translation>
    </message>
</context>
<context>
    <name>TrustVerdict</name>
    <message>
        <source>No certificate was received, so interception could not be checked.</source>
        <translation>Non è arrivato nessun certificato, quindi non è stato possibile verificare l&apos;intercettazione.</translation>
    </message>
    <message>
        <source>Intercepted by %1: the certificate was issued by &quot;%2&quot;.</source>
        <translation>Connessione intercettata da %1: il certificato è stato emesso da &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Trusted by the public roots, but the certificate from &quot;%1&quot; carries no Certificate Transparency proof (SCT).</source>
        <translation>Il certificato emesso da &quot;%1&quot; è riconosciuto dalle autorità di certificazione pubbliche, ma non contiene la prova di Certificate Transparency (SCT).</translation>
    </message>
    <message>
        <source>Not intercepted: the certificate from &quot;%1&quot; is trusted by the public roots.</source>
        <translation>Nessuna intercettazione: il certificato emesso da &quot;%1&quot; è riconosciuto dalle autorità di certificazione pubbliche.</translation>
    </message>
    <message>
        <source>Intercepted: the certificate was issued by &quot;%1&quot;, an authority trusted only by this computer, not by the public roots.</source>
        <translation>Connessione intercettata: il certificato è stato emesso da &quot;%1&quot;, un&apos;autorità riconosciuta solo da questo computer e non dalle autorità di certificazione pubbliche.</translation>
    </message>
    <message>
        <source>The certificate from &quot;%1&quot; is not valid for %2.</source>
        <translation>Il certificato emesso da &quot;%1&quot; non è valido per %2.</translation>
    </message>
    <message>
        <source>The certificate from &quot;%1&quot; is trusted neither by the public roots nor by this computer.</source>
        <translation>Il certificato emesso da &quot;%1&quot; non è riconosciuto né dalle autorità di certificazione pubbliche né da questo computer.</translation>
    </message>
    <message>
        <source>Not proven while this computer&apos;s clock is wrong: the certificate from &quot;%1&quot; is trusted by the public roots at the servers&apos; date (%2), but this computer&apos;s date is %3.</source>
        <translation>Non dimostrato finché l&apos;orologio di questo computer è sbagliato: il certificato emesso da &quot;%1&quot; è riconosciuto dalle autorità di certificazione pubbliche alla data dei server (%2), ma la data di questo computer è %3.</translation>
    </message>
    <message>
        <source>Not proven: the certificate from &quot;%1&quot; is outside its validity period at this computer&apos;s date (%2), so either this computer&apos;s clock or the certificate is wrong.</source>
        <translation>Non dimostrato: alla data di questo computer (%2) il certificato emesso da &quot;%1&quot; è fuori dal suo periodo di validità, quindi è sbagliato l&apos;orologio di questo computer oppure il certificato.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Easy UC cannot work: the app needs the Internet to sign in and call.</source>
        <translation>Easy UC non può funzionare: l&apos;app ha bisogno di Internet per accedere e per chiamare.</translation>
    </message>
    <message>
        <source>The app cannot find the phone system, so it will not sign in.</source>
        <translation>L&apos;app non trova la centrale, quindi non potrà accedere.</translation>
    </message>
    <message>
        <source>The app will not sign in: the phone system&apos;s web access is blocked.</source>
        <translation>L&apos;app non potrà accedere: l&apos;accesso web alla centrale è bloccato.</translation>
    </message>
    <message>
        <source>The app will not register, so calls can neither be made nor received.</source>
        <translation>L&apos;app non potrà registrarsi, quindi non sarà possibile né fare né ricevere chiamate.</translation>
    </message>
    <message>
        <source>Calls will connect but audio may fail (silence or one-way audio).</source>
        <translation>Le chiamate si collegheranno, ma l&apos;audio potrebbe non funzionare (silenzio o audio in una sola direzione).</translation>
    </message>
    <message>
        <source>Controlling a desk phone from the app will not work; calls in the app are not affected.</source>
        <translation>Il controllo di un telefono VoIP dall&apos;app non funzionerà; le chiamate nell&apos;app non ne risentono.</translation>
    </message>
    <message>
        <source>Sign-in, updates or notifications of the app may fail.</source>
        <translation>L&apos;accesso, gli aggiornamenti o le notifiche dell&apos;app potrebbero non funzionare.</translation>
    </message>
    <message>
        <source>Calls may connect without audio: the app cannot learn its public address.</source>
        <translation>Le chiamate potrebbero collegarsi senza audio: l&apos;app non riesce a rilevare il proprio indirizzo pubblico.</translation>
    </message>
    <message>
        <source>Calls may have no audio where a direct path is blocked: the relay cannot be reached.</source>
        <translation>Le chiamate potrebbero restare senza audio dove il percorso diretto è bloccato: il server di inoltro non è raggiungibile.</translation>
    </message>
    <message>
        <source>Calls may drop, fail to connect or have one-way audio: a device rewrites call signalling.</source>
        <translation>Le chiamate potrebbero cadere, non collegarsi o avere l&apos;audio in una sola direzione: un dispositivo modifica la segnalazione delle chiamate.</translation>
    </message>
    <message>
        <source>Audio must go through the relay server; calls may have no audio if it is blocked.</source>
        <translation>L&apos;audio deve passare per il server di inoltro; se questo è bloccato, le chiamate potrebbero restare senza audio.</translation>
    </message>
    <message>
        <source>Calls may fail to connect or drop: large packets do not pass.</source>
        <translation>Le chiamate potrebbero non collegarsi o cadere: i pacchetti grandi non passano.</translation>
    </message>
    <message>
        <source>Calls may drop or lose audio: the public address changes between connections.</source>
        <translation>Le chiamate potrebbero cadere o perdere l&apos;audio: l&apos;indirizzo pubblico cambia da una connessione all&apos;altra.</translation>
    </message>
    <message>
        <source>The app may not sign in: a device on the network decrypts its secure connections.</source>
        <translation>L&apos;app potrebbe non riuscire ad accedere: un dispositivo della rete decifra le sue connessioni sicure.</translation>
    </message>
    <message>
        <source>Calls will connect, but voice may be choppy or delayed.</source>
        <translation>Le chiamate si collegheranno, ma la voce potrebbe arrivare a scatti o in ritardo.</translation>
    </message>
    <message>
        <source>The app may not sign in: secure connections are rejected while the computer&apos;s date is wrong.</source>
        <translation>L&apos;app potrebbe non riuscire ad accedere: le connessioni sicure vengono rifiutate finché la data del computer è sbagliata.</translation>
    </message>
    <message>
        <source>Easy UC may not work fully.</source>
        <translation>Easy UC potrebbe non funzionare pienamente.</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet: no name resolves and no server answers.</source>
        <translation>Questo computer non è connesso a Internet: nessun nome viene risolto e nessun server risponde.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi and that the router is connected to the Internet; then check the DNS settings of this computer or router.</source>
        <translation>Controllare il cavo di rete o il Wi-Fi e che il router sia connesso a Internet; poi controllare le impostazioni DNS di questo computer o del router.</translation>
    </message>
    <message>
        <source>Nothing reaches the Internet: names resolve, but every server is silent or refuses the connection.</source>
        <translation>Nessuna connessione raggiunge Internet: i nomi vengono risolti, ma ogni server resta in silenzio o rifiuta la connessione.</translation>
    </message>
    <message>
        <source>Check that the router is connected to the Internet. If other devices can browse, a firewall blocks this computer: ask the network administrator to allow outgoing connections to the Internet.</source>
        <translation>Controllare che il router sia connesso a Internet. Se altri dispositivi riescono a navigare, un firewall blocca questo computer: chiedere all&apos;amministratore di rete di consentire le connessioni in uscita verso Internet.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>These failed because of it: %1.</source>
        <translation>Per questo motivo non sono stati superati: %1.</translation>
    </message>
    <message>
        <source>These could not be proven because of it: %1.</source>
        <translation>Per questo motivo non è stato possibile dimostrare: %1.</translation>
    </message>
    <message>
        <source>These were not run because of it: %1.</source>
        <translation>Per questo motivo non sono stati eseguiti: %1.</translation>
    </message>
    <message>
        <source>Also failed: %1.</source>
        <translation>Altri requisiti non superati: %1.</translation>
    </message>
    <message>
        <source>Not confirmed: %1.</source>
        <translation>Non confermati: %1.</translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>Non eseguiti: %1.</translation>
    </message>
    <message>
        <source>Not selected for this run (they do not count): %1.</source>
        <translation>Non selezionati per questa verifica (non vengono considerati): %1.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>The name %1 does not exist in DNS (no address found).</source>
        <translation>Il nome %1 non esiste nel DNS (nessun indirizzo trovato).</translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1.</source>
        <translation>Il server DNS non ha risposto per %1.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved.</source>
        <translation>Non è stato possibile trovare l&apos;indirizzo di %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused (blocked by a firewall or nothing listening).</source>
        <translation>La connessione a %1 è stata rifiutata (bloccata da un firewall, oppure nessun servizio è in ascolto).</translation>
    </message>
    <message>
        <source>The connection to %1 was reset.</source>
        <translation>La connessione a %1 è stata interrotta (reset).</translation>
    </message>
    <message>
        <source>%1 is unreachable from this network.</source>
        <translation>%1 non è raggiungibile da questa rete.</translation>
    </message>
    <message>
        <source>The connection to %1 failed with a network error.</source>
        <translation>La connessione a %1 non è riuscita per un errore di rete.</translation>
    </message>
    <message>
        <source>No answer from %1: the connection attempt timed out (probably blocked by a firewall).</source>
        <translation>Nessuna risposta da %1: il tempo per la connessione è scaduto (probabilmente è bloccata da un firewall).</translation>
    </message>
    <message>
        <source>%1 accepted the connection but the secure (TLS) handshake never completed.</source>
        <translation>%1 ha accettato la connessione, ma la negoziazione sicura (TLS) non si è mai completata.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 ha accettato la connessione, ma non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>La connessione sicura (TLS) a %1 non è riuscita.</translation>
    </message>
    <message>
        <source>%1 answered, but not with the expected protocol.</source>
        <translation>%1 ha risposto, ma non con il protocollo previsto.</translation>
    </message>
    <message>
        <source>%1 sent an oversized answer.</source>
        <translation>%1 ha inviato una risposta troppo grande.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name.</source>
        <translation>Il certificato di %1 non è valido per quel nome.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>Il certificato di %1 non è considerato attendibile da questo computer.</translation>
    </message>
    <message>
        <source>%1 to %2 is silently dropped on this network: the connection only worked over %3, after a delay. Ask the network administrator to fix %1 routing or filtering (or to turn %1 off on this network) so that the app does not wait for it.</source>
        <translation>Su questa rete il traffico %1 verso %2 viene scartato senza risposta: la connessione ha funzionato solo in %3, dopo un ritardo. Chiedere all&apos;amministratore di rete di correggere l&apos;instradamento o il filtraggio %1 (oppure di disattivare %1 su questa rete), così che l&apos;app non resti in attesa.</translation>
    </message>
    <message>
        <source>%1 (%2 stayed silent; the connection used %3.)</source>
        <translation>%1 (%2 non ha risposto; la connessione ha usato %3.)</translation>
    </message>
</context>
<context>
    <name>easyuc::CallChart</name>
    <message>
        <source>Call test chart</source>
        <translation>Grafico della prova di chiamata</translation>
    </message>
</context>
<context>
    <name>easyuc::CallTestPanel</name>
    <message>
        <source>Test a &amp;call (%1 s)</source>
        <translation>&amp;Prova una chiamata (%1 s)</translation>
    </message>
    <message>
        <source>Test a call</source>
        <translation>Prova una chiamata</translation>
    </message>
    <message>
        <source>Runs the diagnosis with a %1-second voice-shaped stream to the PBX&apos;s reflector or the STUN server, and scores the call quality (MOS).</source>
        <translation>Esegue la diagnosi inviando per %1 secondi un flusso con le caratteristiche di una chiamata vocale al reflector della centrale o al server STUN, e valuta la qualità della chiamata (MOS).</translation>
    </message>
    <message>
        <source>Testing a call: %1 s of voice-shaped packets…</source>
        <translation>Prova di chiamata in corso: %1 s di pacchetti vocali simulati…</translation>
    </message>
    <message>
        <source>Call test figures</source>
        <translation>Valori della prova di chiamata</translation>
    </message>
</context>
<context>
    <name>easyuc::ClockCheck</name>
    <message>
        <source>Not proven: no server told its time, but this computer&apos;s date (%1) lies outside the validity of the certificates of %2.</source>
        <translation>Non dimostrato: nessun server ha indicato la propria ora, ma la data di questo computer (%1) è fuori dal periodo di validità dei certificati di %2.</translation>
    </message>
    <message>
        <source>Not proven: no server answered with its date and time, so the clock of this computer could not be compared.</source>
        <translation>Non dimostrato: nessun server ha risposto indicando data e ora, quindi non è stato possibile confrontare l&apos;orologio di questo computer.</translation>
    </message>
    <message>
        <source>Make sure the PBX and the Proxima domains can be reached (see the other requirements), then run the test again. %1</source>
        <translation>Verificare che la centrale e i domini Proxima siano raggiungibili (vedere gli altri requisiti), poi ripetere il test. %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 indietro</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 avanti</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock of this computer is wrong: it says %1, %n server(s) say %2 (%3).</source>
        <translation>
            <numerusform>L&apos;orologio di questo computer è sbagliato: indica %1, mentre %n server indica %2 (%3).</numerusform>
            <numerusform>L&apos;orologio di questo computer è sbagliato: indica %1, mentre %n server indicano %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Because of it the certificates of %1 are refused.</source>
        <translation>Per questo motivo i certificati di %1 vengono rifiutati.</translation>
    </message>
    <message>
        <source>The clock of this computer is %1 compared with the servers&apos; time (%2): set the time automatically.</source>
        <translation>L&apos;orologio di questo computer va %1 rispetto all&apos;ora dei server (%2): attivare l&apos;impostazione automatica dell&apos;ora.</translation>
    </message>
    <message>
        <source>The clock of this computer is right: within %1 of the servers&apos; time (%2).</source>
        <translation>L&apos;orologio di questo computer è corretto: differisce al massimo di %1 dall&apos;ora dei server (%2).</translation>
    </message>
</context>
<context>
    <name>easyuc::CompareDialog</name>
    <message>
        <source>Compare two runs</source>
        <translation>Confronta due diagnosi</translation>
    </message>
    <message>
        <source>%1: %2
%3 · %4</source>
        <translation>%1: %2
%3 · %4</translation>
    </message>
    <message>
        <source>Requirement or figure</source>
        <translation>Requisito o valore</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Comparison of the two runs, changed rows first</source>
        <translation>Confronto tra le due diagnosi, prima le righe modificate</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
</context>
<context>
    <name>easyuc::DetailsPanel</name>
    <message>
        <source>What was tested</source>
        <translation>Cosa è stato verificato</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>&amp;Evidence (what the network answered)</source>
        <translation>Da&amp;ti rilevati (cosa ha risposto la rete)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dati rilevati</translation>
    </message>
    <message>
        <source>Select a requirement to see its details.</source>
        <translation>Selezionare un requisito per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Each row is one requirement of Easy UC; the light tells whether this network meets it.</source>
        <translation>Ogni riga è un requisito di Easy UC; l&apos;indicatore colorato dice se questa rete lo soddisfa.</translation>
    </message>
    <message>
        <source>Press Start (F5) to check this network.</source>
        <translation>Premere Avvia (F5) per verificare questa rete.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Waiting for its turn.</source>
        <translation>In attesa di essere eseguito.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Non ancora verificato.</translation>
    </message>
    <message>
        <source>The advice appears here when the check has finished.</source>
        <translation>Le indicazioni compaiono qui al termine della verifica.</translation>
    </message>
    <message>
        <source>Nothing: this requirement is met.</source>
        <translation>Niente: questo requisito è soddisfatto.</translation>
    </message>
    <message>
        <source>This was not checked. If it depends on another requirement, fix that one first, then run the diagnosis again.</source>
        <translation>Questo requisito non è stato verificato. Se dipende da un altro requisito, risolvere prima quello, poi ripetere la diagnosi.</translation>
    </message>
    <message>
        <source>Send the report (Report → Export) to your support contact.</source>
        <translation>Inviare il report (Report → Esporta il report) al proprio referente per l&apos;assistenza.</translation>
    </message>
    <message>
        <source>(no PBX address given)</source>
        <translation>(indirizzo della centrale non indicato)</translation>
    </message>
    <message>
        <source>%1 (HTTPS, TCP %2)</source>
        <translation>%1 (HTTPS, TCP %2)</translation>
    </message>
    <message>
        <source>%1, TCP port %2</source>
        <translation>%1, porta TCP %2</translation>
    </message>
    <message>
        <source>%1, TCP port %2 (secure WebSocket, subprotocol %3)</source>
        <translation>%1, porta TCP %2 (WebSocket sicuro, sottoprotocollo %3)</translation>
    </message>
    <message>
        <source>%1, UDP ports %2-%3 (%4 samples)</source>
        <translation>%1, porte UDP %2-%3 (%4 campioni)</translation>
    </message>
    <message>
        <source>STUN: %1</source>
        <translation>STUN: %1</translation>
    </message>
    <message>
        <source>TURN: %1</source>
        <translation>TURN: %1</translation>
    </message>
    <message>
        <source>%1, SIP port %2 (UDP and TCP)</source>
        <translation>%1, porta SIP %2 (UDP e TCP)</translation>
    </message>
    <message>
        <source>%1, TCP ports %2 and %3</source>
        <translation>%1, porte TCP %2 e %3</translation>
    </message>
    <message>
        <source>%1 (TCP %2)</source>
        <translation>%1 (TCP %2)</translation>
    </message>
    <message>
        <source>This follows from the cause shown at the top: %1
Fix that first: %2</source>
        <translation>È una conseguenza della causa indicata in alto: %1
Risolvere prima quella: %2</translation>
    </message>
    <message>
        <source>The Date of the HTTP answers from %1 and %2 (no extra traffic)</source>
        <translation>L&apos;intestazione Date delle risposte HTTP di %1 e %2 (nessun traffico aggiuntivo)</translation>
    </message>
</context>
<context>
    <name>easyuc::DomainsCheck</name>
    <message>
        <source>The trusted certificates of this computer could not be read.</source>
        <translation>Non è stato possibile leggere i certificati attendibili di questo computer.</translation>
    </message>
    <message numerus="yes">
        <source>Contacting %n server(s)…</source>
        <translation>
            <numerusform>Contatto con %n server in corso…</numerusform>
            <numerusform>Contatto con %n server in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit.</source>
        <translation>Nessuna risposta da %1 entro il tempo massimo.</translation>
    </message>
    <message>
        <source>Answers over HTTPS (%1).</source>
        <translation>Risponde in HTTPS (%1).</translation>
    </message>
    <message>
        <source>Secure connection works, but no HTTP answer: %1</source>
        <translation>La connessione sicura funziona, ma manca la risposta HTTP. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Proxima domain(s) cannot be reached: %1.</source>
        <translation>
            <numerusform>%n dominio Proxima non è raggiungibile: %1.</numerusform>
            <numerusform>%n domini Proxima non sono raggiungibili: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow outgoing HTTPS (TCP 443) to these domains and all their subdomains in the firewall or web filter: %1.</source>
        <translation>Nel firewall o nel filtro web, consentire il traffico HTTPS in uscita (TCP 443) verso questi domini e tutti i loro sottodomini: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) could not be fully confirmed: %1.</source>
        <translation>
            <numerusform>Non è stato possibile confermare completamente %n dominio: %1.</numerusform>
            <numerusform>Non è stato possibile confermare completamente %n domini: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that a web filter or proxy is not holding back HTTPS traffic to these domains: %1.</source>
        <translation>Verificare che un filtro web o un proxy non stia bloccando il traffico HTTPS verso questi domini: %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n Proxima domain(s) answer over HTTPS.</source>
        <translation>
            <numerusform>%n dominio Proxima verificato: risponde in HTTPS.</numerusform>
            <numerusform>Tutti e %n i domini Proxima rispondono in HTTPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internet access works: %1 answered over HTTPS.</source>
        <translation>L&apos;accesso a Internet funziona: %1 ha risposto in HTTPS.</translation>
    </message>
    <message>
        <source>No name could be resolved: DNS does not work on this network.</source>
        <translation>Nessun nome è stato risolto: il DNS non funziona su questa rete.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then the DNS server settings of this computer or router.</source>
        <translation>Controllare il cavo di rete o il Wi-Fi, poi le impostazioni del server DNS di questo computer o del router.</translation>
    </message>
    <message>
        <source>No Proxima server answered over HTTPS (%1 of %2 names resolved).</source>
        <translation>Nessun server Proxima ha risposto in HTTPS (nomi risolti: %1 su %2).</translation>
    </message>
    <message>
        <source>Check the Internet connection; then ask the network administrator to allow outgoing HTTPS (TCP 443).</source>
        <translation>Controllare la connessione a Internet, poi chiedere all&apos;amministratore di rete di consentire il traffico HTTPS in uscita (TCP 443).</translation>
    </message>
    <message>
        <source>Both Proxima domains answer over HTTPS.</source>
        <translation>Entrambi i domini Proxima rispondono in HTTPS.</translation>
    </message>
    <message numerus="yes">
        <source>The date of this computer is wrong: the certificates of %n Proxima domain(s) are refused because of it: %1.</source>
        <translation>
            <numerusform>La data di questo computer è sbagliata: per questo motivo viene rifiutato il certificato di %n dominio Proxima: %1.</numerusform>
            <numerusform>La data di questo computer è sbagliata: per questo motivo vengono rifiutati i certificati di %n domini Proxima: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::HistoryWindow</name>
    <message>
        <source>History and monitoring</source>
        <translation>Cronologia e monitoraggio</translation>
    </message>
    <message>
        <source>&amp;Past runs</source>
        <translation>&amp;Diagnosi precedenti</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitoraggio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Support code</source>
        <translation>Codice di assistenza</translation>
    </message>
    <message>
        <source>Past runs, newest first</source>
        <translation>Diagnosi precedenti, dalla più recente</translation>
    </message>
    <message>
        <source>Every finished run is kept on this computer only (the last 200 runs or 50 MB). Select one to open it, or two to compare them.</source>
        <translation>Ogni diagnosi completata viene conservata solo su questo computer (le ultime 200 diagnosi o 50 MB). Selezionarne una per aprirla, oppure due per confrontarle.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the selected run read-only</source>
        <translation>Apri la diagnosi selezionata in sola lettura</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Confronta le due diagnosi selezionate</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>S&amp;vuota la cronologia…</translation>
    </message>
    <message>
        <source>Remove every kept run from this computer</source>
        <translation>Elimina da questo computer tutte le diagnosi conservate</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicata)</translation>
    </message>
    <message>
        <source>Run ID: %1</source>
        <translation>ID esecuzione: %1</translation>
    </message>
    <message>
        <source>This run cannot be read: %1</source>
        <translation>Impossibile leggere questa diagnosi: %1</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Svuota la cronologia</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n kept run(s) from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare da questo computer %n diagnosi conservata? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare da questo computer tutte le %n diagnosi conservate? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::HostView</name>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the view of this computer&apos;s connection</source>
        <translation>Chiudi la vista della connessione di questo computer</translation>
    </message>
    <message>
        <source>Path to the PBX</source>
        <translation>Percorso verso la centrale</translation>
    </message>
    <message>
        <source>Run the diagnosis (F5) to see how this computer is connected: cable or Wi-Fi, VPN, proxy and DNS servers.</source>
        <translation>Avviare la diagnosi (F5) per vedere come è connesso questo computer: cavo o Wi-Fi, VPN, proxy e server DNS.</translation>
    </message>
    <message>
        <source>How this computer was connected during the last diagnosis.</source>
        <translation>Come era connesso questo computer durante l&apos;ultima diagnosi.</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Gateway predefinito</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nessuno trovato</translation>
    </message>
    <message>
        <source>Public addresses seen</source>
        <translation>Indirizzi pubblici rilevati</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>nessuno rilevato</translation>
    </message>
</context>
<context>
    <name>easyuc::LightWidget</name>
    <message>
        <source>Not run yet</source>
        <translation>Non ancora eseguito</translation>
    </message>
    <message>
        <source>Status light: green OK, amber warning, red failed, grey not run.</source>
        <translation>Indicatore di stato: verde OK, giallo attenzione, rosso non superato, grigio non eseguito.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>easyuc::MainActions</name>
    <message>
        <source>&amp;Start the diagnosis</source>
        <translation>&amp;Avvia la diagnosi</translation>
    </message>
    <message>
        <source>Start the diagnosis (F5)</source>
        <translation>Avvia la diagnosi (F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Inter&amp;rompi</translation>
    </message>
    <message>
        <source>Stop the diagnosis (Esc)</source>
        <translation>Interrompi la diagnosi (Esc)</translation>
    </message>
    <message>
        <source>Edit the PBX &amp;address</source>
        <translation>Modifica l&apos;indirizzo della &amp;centrale</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>A&amp;pri profilo…</translation>
    </message>
    <message>
        <source>Use the requirements of another profile file</source>
        <translation>Usa i requisiti di un altro file di profilo</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Usa il profilo pre&amp;definito</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copia il riepilogo</translation>
    </message>
    <message>
        <source>Copy a text summary of the results (Ctrl+Shift+C)</source>
        <translation>Copia un riepilogo dei risultati in formato testo (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta il report…</translation>
    </message>
    <message>
        <source>Save the report to attach to a support case (Ctrl+E)</source>
        <translation>Salva il report da allegare a una richiesta di assistenza (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;About Easy UC diagnostic</source>
        <translation>&amp;Informazioni su Diagnostica di rete Easy UC</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosi</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Imposta&amp;zioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra degli strumenti</translation>
    </message>
    <message>
        <source>&amp;Save report to the Desktop and open it</source>
        <translation>Salva il report sulla &amp;Scrivania e aprilo</translation>
    </message>
    <message>
        <source>Save the PDF report on the Desktop and open it (Ctrl+S)</source>
        <translation>Salva il report PDF sulla Scrivania e lo apre (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;History and monitoring…</source>
        <translation>C&amp;ronologia e monitoraggio…</translation>
    </message>
    <message>
        <source>Past runs on this computer: open, compare, clear; monitor the network over time (Ctrl+H)</source>
        <translation>Diagnosi precedenti su questo computer (apri, confronta, svuota) e monitoraggio della rete nel tempo (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;This computer…</source>
        <translation>&amp;Questo computer…</translation>
    </message>
    <message>
        <source>Connection type and Wi-Fi signal, VPN, proxy and DNS servers of this computer (Ctrl+I)</source>
        <translation>Tipo di connessione e segnale Wi-Fi, VPN, proxy e server DNS di questo computer (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>easyuc::MainWindow</name>
    <message>
        <source>Easy UC network diagnostic</source>
        <translation>Diagnostica di rete Easy UC</translation>
    </message>
    <message>
        <source>e.g. pbx.example.com</source>
        <translation>es. pbx.example.com</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>&amp;PBX address (the name of your Proxima phone system):</source>
        <translation>Indirizzo della &amp;centrale (il nome del sistema telefonico Proxima):</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Indirizzo della centrale</translation>
    </message>
    <message>
        <source>Requirements and their results</source>
        <translation>Requisiti e risultati</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>The results already shown keep the language they were checked in. Press Start (F5) to check again in this language.</source>
        <translation>I risultati già visualizzati restano nella lingua in cui sono stati verificati. Premere Avvia (F5) per ripetere la verifica in questa lingua.</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>Interrompi la diagnosi</translation>
    </message>
    <message>
        <source>Start the diagnosis</source>
        <translation>Avvia la diagnosi</translation>
    </message>
    <message>
        <source>Without a PBX address only the Internet, STUN and TLS checks run.</source>
        <translation>Senza l&apos;indirizzo della centrale vengono eseguite solo le verifiche di Internet, STUN e TLS.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Verificati %1 di %2</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Tempo trascorso: %1</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Apri profilo</translation>
    </message>
    <message>
        <source>Requirement profiles (*.json)</source>
        <translation>Profili dei requisiti (*.json)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profilo: %1</translation>
    </message>
    <message>
        <source>There is no report yet: run the diagnosis first.</source>
        <translation>Non c&apos;è ancora un report: eseguire prima la diagnosi.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta il report</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report salvato: %1</translation>
    </message>
    <message>
        <source>Summary copied: paste it into an e-mail or a support chat.</source>
        <translation>Riepilogo copiato: incollarlo in un&apos;e-mail o in una chat con l&apos;assistenza.</translation>
    </message>
    <message>
        <source>About Easy UC diagnostic</source>
        <translation>Informazioni su Diagnostica di rete Easy UC</translation>
    </message>
    <message>
        <source>First time here? Type the name of your Proxima phone system in this field, as your provider or IT department gave it to you (for example pbx.example.com), then press Start.</source>
        <translation>Prima volta? Scrivere in questo campo il nome del sistema telefonico Proxima, come indicato dal fornitore o dal reparto IT (ad esempio pbx.example.com), poi premere Avvia.</translation>
    </message>
    <message>
        <source>%1 could not be used: checking with the built-in profile.</source>
        <translation>Non è stato possibile usare %1: la verifica usa il profilo integrato.</translation>
    </message>
    <message>
        <source>The Desktop could not be used; the report was saved in %1</source>
        <translation>Non è stato possibile usare la Scrivania: il report è stato salvato in %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the PBX address</source>
        <translation>Cancella l&apos;indirizzo della centrale</translation>
    </message>
    <message>
        <source>✗ “%1” is not a valid address: type a name such as pbx.example.com.</source>
        <translation>✗ “%1” non è un indirizzo valido: scrivere un nome come pbx.example.com.</translation>
    </message>
    <message>
        <source>This is an IP address: Easy UC connects to the PBX by its name, and the PBX&apos;s certificate is issued for that name. Enter the name to have it checked too.</source>
        <translation>Questo è un indirizzo IP: Easy UC si collega alla centrale tramite il suo nome, e il certificato della centrale è emesso per quel nome. Inserire il nome per verificare anche il certificato.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: type a name such as pbx.example.com.</source>
        <translation>“%1” non è un indirizzo valido: scrivere un nome come pbx.example.com.</translation>
    </message>
</context>
<context>
    <name>easyuc::MediaQualityCheck</name>
    <message>
        <source>No STUN server is configured in the profile.</source>
        <translation>Nel profilo non è configurato alcun server STUN.</translation>
    </message>
    <message>
        <source>The STUN server&apos;s name does not resolve, so call quality could not be measured. Check the DNS settings.</source>
        <translation>Il nome del server STUN non viene risolto, quindi non è stato possibile misurare la qualità delle chiamate. Controllare le impostazioni DNS.</translation>
    </message>
    <message>
        <source>Sending %1 test packets to %2…</source>
        <translation>Invio di %1 pacchetti di prova a %2…</translation>
    </message>
    <message>
        <source>Not measured: none of the %1 test packets to %2 was answered.</source>
        <translation>Non misurato: nessuno dei %1 pacchetti di prova inviati a %2 ha avuto risposta.</translation>
    </message>
    <message>
        <source>Round trip %1 ms, jitter %2 ms, loss %3 %.</source>
        <translation>Andata e ritorno %L1 ms, jitter %L2 ms, perdita %L3 %.</translation>
    </message>
    <message>
        <source>Voice may sound choppy or delayed. Avoid Wi-Fi with weak signal, check that large downloads or backups are not filling the connection, and ask the provider about line quality.</source>
        <translation>La voce potrebbe arrivare a scatti o in ritardo. Evitare il Wi-Fi con segnale debole, verificare che download pesanti o backup non stiano saturando la connessione e chiedere al fornitore della linea di controllarne la qualità.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the STUN server %1 so call quality can be measured; without it, calls may have no audio.</source>
        <translation>Consentire il traffico UDP in uscita verso il server STUN %1, così che la qualità delle chiamate possa essere misurata; senza questo, le chiamate potrebbero non avere audio.</translation>
    </message>
    <message>
        <source>Not measured: no test packet to %1 could be answered before the time limit.</source>
        <translation>Non misurato: nessun pacchetto di prova verso %1 poteva ricevere risposta entro il tempo massimo.</translation>
    </message>
    <message>
        <source>No call test: the profile names neither an RTP reflector nor a STUN server to send the call to.</source>
        <translation>Nessuna prova di chiamata: il profilo non indica né un reflector RTP né un server STUN a cui inviare la chiamata.</translation>
    </message>
    <message>
        <source>The name of the server for the call test does not resolve, so call quality could not be measured. Check the DNS settings.</source>
        <translation>Il nome del server per la prova di chiamata non viene risolto, quindi non è stato possibile misurare la qualità delle chiamate. Controllare le impostazioni DNS.</translation>
    </message>
    <message>
        <source>Testing a call: %1 s of voice-shaped packets to %2…</source>
        <translation>Prova di chiamata in corso: %1 s di pacchetti vocali simulati verso %2…</translation>
    </message>
    <message>
        <source>Not measured: the call test could not start before the time limit.</source>
        <translation>Non misurato: non è stato possibile avviare la prova di chiamata entro il tempo massimo.</translation>
    </message>
</context>
<context>
    <name>easyuc::MonitorPanel</name>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Interval between runs in seconds (at least 60)</source>
        <translation>Intervallo tra le esecuzioni in secondi (almeno 60)</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Esecuzioni:</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>fino all&apos;interruzione</translation>
    </message>
    <message>
        <source>Number of runs, 0 until stopped</source>
        <translation>Numero di esecuzioni, 0 fino all&apos;interruzione</translation>
    </message>
    <message>
        <source>Only the &amp;reachability checks (%1)</source>
        <translation>Solo le verifiche di &amp;raggiungibilità (%1)</translation>
    </message>
    <message>
        <source>&amp;Save summary…</source>
        <translation>&amp;Salva il riepilogo…</translation>
    </message>
    <message>
        <source>Save the summary of the period as text or JSON</source>
        <translation>Salva il riepilogo del periodo in formato testo o JSON</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Andata e ritorno</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Support code</source>
        <translation>Codice di assistenza</translation>
    </message>
    <message>
        <source>Timeline of the monitored runs</source>
        <translation>Andamento delle esecuzioni monitorate</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Riepilogo del periodo</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Run ID: %1</source>
        <translation>ID esecuzione: %1</translation>
    </message>
    <message>
        <source>S&amp;top monitoring</source>
        <translation>Interrompi il moni&amp;toraggio</translation>
    </message>
    <message>
        <source>S&amp;tart monitoring</source>
        <translation>Avvia il moni&amp;toraggio</translation>
    </message>
    <message>
        <source>Run %1 is checking the network…</source>
        <translation>Esecuzione %1: verifica della rete in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) done; the next starts at %1.</source>
        <translation>
            <numerusform>%n esecuzione completata; la prossima inizia alle %1.</numerusform>
            <numerusform>%n esecuzioni completate; la prossima inizia alle %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring ended after %n run(s). Each run is in the history.</source>
        <translation>
            <numerusform>Monitoraggio terminato dopo %n esecuzione, salvata nella cronologia.</numerusform>
            <numerusform>Monitoraggio terminato dopo %n esecuzioni, tutte salvate nella cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the diagnosis again at each interval and shows how the results change. It stops when this window closes.</source>
        <translation>Ripete la diagnosi a ogni intervallo e mostra come cambiano i risultati. Si interrompe quando si chiude questa finestra.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Salva il riepilogo</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON for support tools (*.json)</source>
        <translation>Testo (*.txt);;JSON per gli strumenti dell&apos;assistenza (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>With a &amp;call test (%1 s) in each run</source>
        <translation>Con una &amp;prova di chiamata (%1 s) a ogni esecuzione</translation>
    </message>
    <message>
        <source>Each run ends with a voice-shaped call test; the timeline shows its figures</source>
        <translation>Ogni esecuzione termina con una prova di chiamata che simula la voce; la sequenza temporale ne mostra i valori</translation>
    </message>
</context>
<context>
    <name>easyuc::MtuCheck</name>
    <message>
        <source>Measuring the MTU is not supported on this platform.</source>
        <translation>La misura dell&apos;MTU non è supportata su questa piattaforma.</translation>
    </message>
    <message>
        <source>No STUN server is configured in the profile.</source>
        <translation>Nel profilo non è configurato alcun server STUN.</translation>
    </message>
    <message>
        <source>Measuring the largest packet that passes unfragmented…</source>
        <translation>Misura del pacchetto più grande che passa senza frammentazione…</translation>
    </message>
    <message>
        <source>interface %1</source>
        <translation>interfaccia %1</translation>
    </message>
    <message>
        <source>MTU %1 bytes.</source>
        <translation>MTU %1 byte.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>path to %1</source>
        <translation>percorso verso %1</translation>
    </message>
    <message>
        <source>The network interface %1 towards the PBX has an MTU of %2 bytes, below the %3 bytes required.</source>
        <translation>L&apos;interfaccia di rete %1 verso la centrale ha un MTU di %2 byte, inferiore ai %3 byte richiesti.</translation>
    </message>
    <message>
        <source>Large packets are split or dropped. Set the interface (or the router&apos;s WAN link) to an MTU of %1 where the line allows it.</source>
        <translation>I pacchetti grandi vengono divisi o scartati. Impostare il valore di MTU dell&apos;interfaccia (o del collegamento WAN del router) a %1, dove la linea lo consente.</translation>
    </message>
    <message>
        <source>Packets of %1 bytes reach %2 without fragmentation (interface %3: MTU %4).</source>
        <translation>I pacchetti da %1 byte raggiungono %2 senza frammentazione (interfaccia %3: MTU %4).</translation>
    </message>
    <message>
        <source>The path MTU is %1 bytes (a router at %2 reported %3), below the %4 bytes required.</source>
        <translation>L&apos;MTU del percorso è di %1 byte (un router all&apos;indirizzo %2 ha segnalato %3), inferiore ai %4 byte richiesti.</translation>
    </message>
    <message>
        <source>A link on the way (often PPPoE, a VPN or a tunnel) carries at most %1 bytes. Large packets are fragmented or dropped; if calls break up, ask the provider about the line&apos;s MTU.</source>
        <translation>Un collegamento lungo il percorso (spesso PPPoE, una VPN o un tunnel) trasporta al massimo %1 byte. I pacchetti grandi vengono frammentati o scartati; se le chiamate si interrompono, chiedere al fornitore della linea qual è l&apos;MTU della linea.</translation>
    </message>
    <message>
        <source>The path MTU is about %1 bytes, below the %2 bytes required, and larger packets vanish without an error report (an MTU black hole).</source>
        <translation>L&apos;MTU del percorso è di circa %1 byte, inferiore ai %2 byte richiesti, e i pacchetti più grandi spariscono senza alcuna segnalazione di errore (MTU black hole).</translation>
    </message>
    <message>
        <source>Packets above %1 bytes are dropped silently. Let ICMP &apos;fragmentation needed&apos; (type 3, code 4) messages through the firewall and ask the provider about the line&apos;s MTU.</source>
        <translation>I pacchetti oltre i %1 byte vengono scartati senza segnalazione. Lasciar passare nel firewall i messaggi ICMP &apos;fragmentation needed&apos; (tipo 3, codice 4) e chiedere al fornitore della linea qual è l&apos;MTU della linea.</translation>
    </message>
    <message>
        <source>Path MTU not proven: %1 answered none of the test packets, at any size.</source>
        <translation>MTU del percorso non dimostrato: %1 non ha risposto a nessun pacchetto di prova, di nessuna dimensione.</translation>
    </message>
    <message>
        <source>Path MTU not proven: %1</source>
        <translation>MTU del percorso non dimostrato. %1</translation>
    </message>
    <message>
        <source>Largest packet passed: %1 bytes.</source>
        <translation>Pacchetto più grande passato: %1 byte.</translation>
    </message>
    <message>
        <source>Not proven: no answer.</source>
        <translation>Non dimostrato: nessuna risposta.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the STUN servers (%1) so that the packet size can be measured.</source>
        <translation>Consentire il traffico UDP in uscita verso i server STUN (%1), così che la dimensione dei pacchetti possa essere misurata.</translation>
    </message>
</context>
<context>
    <name>easyuc::NatCheck</name>
    <message>
        <source>No STUN server is configured in the profile.</source>
        <translation>Nel profilo non è configurato alcun server STUN.</translation>
    </message>
    <message>
        <source>No local UDP socket could be opened.</source>
        <translation>Non è stato possibile aprire un socket UDP locale.</translation>
    </message>
    <message>
        <source>Comparing the public port the router gives towards several servers…</source>
        <translation>Confronto della porta pubblica assegnata dal router verso più server…</translation>
    </message>
    <message>
        <source>Seen as %1.</source>
        <translation>Visto dall&apos;esterno come %1.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Nessuna risposta da %1.</translation>
    </message>
    <message>
        <source>Symmetric NAT: the router gives each destination another public port (%1), so calls will need TURN.</source>
        <translation>NAT simmetrico: il router assegna a ogni destinazione una porta pubblica diversa (%1), quindi le chiamate avranno bisogno di TURN.</translation>
    </message>
    <message>
        <source>Calls can still work through the TURN relay, with more delay. To avoid it, set the router to keep the source port (options named &quot;endpoint-independent mapping&quot;, &quot;full cone&quot;, &quot;consistent NAT&quot;, or turn off &quot;port randomisation&quot; / &quot;symmetric NAT&quot;), and make sure the TURN servers are reachable (R9).</source>
        <translation>Le chiamate possono comunque funzionare passando per il server di inoltro TURN, con più ritardo. Per evitarlo, impostare il router in modo che mantenga la porta di origine (opzioni chiamate &quot;endpoint-independent mapping&quot;, &quot;full cone&quot;, &quot;consistent NAT&quot;, oppure disattivare &quot;port randomisation&quot; / &quot;symmetric NAT&quot;), e verificare che i server TURN siano raggiungibili (R9).</translation>
    </message>
    <message>
        <source>Not proven: no STUN server answered, so the NAT behaviour could not be measured.</source>
        <translation>Non dimostrato: nessun server STUN ha risposto, quindi non è stato possibile misurare il comportamento del NAT.</translation>
    </message>
    <message>
        <source>Not proven: only one destination answered; at least two are needed to compare the public port.</source>
        <translation>Non dimostrato: ha risposto una sola destinazione; ne servono almeno due per confrontare la porta pubblica.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the STUN servers (%1). A profile with two STUN servers, or one that supports RFC 5780, lets the test compare the NAT mapping.</source>
        <translation>Consentire il traffico UDP in uscita verso i server STUN (%1). Un profilo con due server STUN, o con uno che supporta RFC 5780, permette di confrontare la mappatura del NAT.</translation>
    </message>
    <message>
        <source>The router keeps the same public address and port (%1) towards both destinations (endpoint-independent mapping).</source>
        <translation>Il router mantiene lo stesso indirizzo e la stessa porta pubblica (%1) verso entrambe le destinazioni (endpoint-independent mapping).</translation>
    </message>
    <message numerus="yes">
        <source>The router keeps the same public address and port (%1) towards all %n destinations (endpoint-independent mapping).</source>
        <translation>
            <numerusform>Il router mantiene lo stesso indirizzo e la stessa porta pubblica (%1) verso %n destinazione (endpoint-independent mapping).</numerusform>
            <numerusform>Il router mantiene lo stesso indirizzo e la stessa porta pubblica (%1) verso tutte e %n le destinazioni (endpoint-independent mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::PbxDnsCheck</name>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>Il DNS risolve %1 in %2.</translation>
    </message>
    <message>
        <source>Check that the PBX address %1 is spelled correctly. If it is, this computer&apos;s DNS server cannot find it: ask your network administrator to check the DNS settings, or try another DNS server.</source>
        <translation>Controllare che l&apos;indirizzo della centrale %1 sia scritto correttamente. Se è corretto, il server DNS di questo computer non riesce a trovarlo: chiedere all&apos;amministratore di rete di controllare le impostazioni DNS, oppure provare un altro server DNS.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Ricerca di %1 in corso…</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time. Check the network connection and the DNS settings of this computer or router.</source>
        <translation>Il server DNS non ha risposto in tempo. Controllare la connessione di rete e le impostazioni DNS di questo computer o del router.</translation>
    </message>
    <message>
        <source>The PBX was given as an IP address (%1), not by its name: Easy UC connects to the PBX by name, and its certificate is issued for a name, so that part could not be checked.</source>
        <translation>La centrale è stata indicata con un indirizzo IP (%1), non con il suo nome: Easy UC si collega alla centrale tramite il nome, e il suo certificato è emesso per un nome, quindi questa parte non è stata verificata.</translation>
    </message>
    <message>
        <source>Enter the PBX by its name (for example pbx.example.com), the one configured in Easy UC, and run the test again.</source>
        <translation>Indicare la centrale con il suo nome (ad esempio pbx.example.com), quello configurato in Easy UC, e ripetere il test.</translation>
    </message>
</context>
<context>
    <name>easyuc::PbxHttpCheck</name>
    <message>
        <source>The trusted certificates of this computer could not be read.</source>
        <translation>Non è stato possibile leggere i certificati attendibili di questo computer.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1 in corso…</translation>
    </message>
    <message>
        <source>%1 answered (%2) in %3 ms.</source>
        <translation>%1 ha risposto (%2) in %3 ms.</translation>
    </message>
    <message>
        <source>%1 accepts connections but gave no HTTP answer: %2</source>
        <translation>%1 accetta connessioni, ma non ha dato una risposta HTTP. %2</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is not valid. If the PBX address is right, a device on this network may be inspecting secure traffic: ask the network administrator to exclude %1 from SSL/TLS inspection.</source>
        <translation>Il certificato presentato per %1 non è valido. Se l&apos;indirizzo della centrale è corretto, un dispositivo di questa rete potrebbe ispezionare il traffico sicuro: chiedere all&apos;amministratore di rete di escludere %1 dal filtro SSL/TLS.</translation>
    </message>
    <message>
        <source>Allow outgoing connections to %1 on TCP port %2 (HTTPS) in the firewall or router, and check that the PBX address is correct.</source>
        <translation>Nel firewall o nel router, consentire le connessioni in uscita verso %1 sulla porta TCP %2 (HTTPS) e verificare che l&apos;indirizzo della centrale sia corretto.</translation>
    </message>
    <message>
        <source>Allow outgoing connections to %1 on TCP port %2 (WebCTI) in the firewall. Without it, Easy UC cannot control desk phones.</source>
        <translation>Nel firewall, consentire le connessioni in uscita verso %1 sulla porta TCP %2 (WebCTI). Senza questa regola Easy UC non può controllare i telefoni VoIP.</translation>
    </message>
    <message>
        <source>%1 answered (%2), but the PBX was given as an IP address: Easy UC connects by name and the certificate is issued for a name, so it could not be checked.</source>
        <translation>%1 ha risposto (%2), ma la centrale è stata indicata con un indirizzo IP: Easy UC si collega tramite il nome e il certificato è emesso per un nome, quindi non è stato possibile verificarlo.</translation>
    </message>
</context>
<context>
    <name>easyuc::ProfileErrorDialog</name>
    <message>
        <source>Profile not usable</source>
        <translation>Profilo non utilizzabile</translation>
    </message>
    <message>
        <source>The requirement profile %1 cannot be used.</source>
        <translation>Il profilo dei requisiti %1 non può essere usato.</translation>
    </message>
    <message>
        <source>%1

Correct the file and open it again, or check this network against the built-in Proxima profile.</source>
        <translation>%1

Correggere il file e aprirlo di nuovo, oppure verificare questa rete con il profilo Proxima integrato.</translation>
    </message>
    <message>
        <source>Use the &amp;built-in profile</source>
        <translation>Usa il profilo &amp;integrato</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>easyuc::ResultModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>easyuc::RtpCheck</name>
    <message>
        <source>The PBX address is not known, so its RTP ports were not tested.</source>
        <translation>L&apos;indirizzo della centrale non è noto, quindi le sue porte RTP non sono state verificate.</translation>
    </message>
    <message numerus="yes">
        <source>Sending UDP test packets to %n RTP port(s) of the PBX…</source>
        <translation>
            <numerusform>Invio di pacchetti UDP di prova a %n porta RTP della centrale…</numerusform>
            <numerusform>Invio di pacchetti UDP di prova a %n porte RTP della centrale…</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered: packets reach this port and come back.</source>
        <translation>Risposta ricevuta: i pacchetti raggiungono questa porta e tornano indietro.</translation>
    </message>
    <message>
        <source>Path open: the PBX itself reported the port closed (ICMP port unreachable), so packets reach it.</source>
        <translation>Percorso aperto: è la centrale stessa a segnalare la porta chiusa (ICMP port unreachable), quindi i pacchetti la raggiungono.</translation>
    </message>
    <message numerus="yes">
        <source>No answer to %n packet(s): not proven either way.</source>
        <translation>
            <numerusform>Nessuna risposta a %n pacchetto: impossibile stabilire se la porta è aperta o bloccata.</numerusform>
            <numerusform>Nessuna risposta a %n pacchetti: impossibile stabilire se la porta è aperta o bloccata.</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP port probing is not supported on this platform: the RTP ports were not tested.</source>
        <translation>La verifica delle porte UDP non è supportata su questa piattaforma: le porte RTP non sono state verificate.</translation>
    </message>
    <message numerus="yes">
        <source>UDP to the PBX is blocked on %n of the sampled RTP ports: %1.</source>
        <translation>
            <numerusform>Il traffico UDP verso la centrale è bloccato su %n delle porte RTP provate: %1.</numerusform>
            <numerusform>Il traffico UDP verso la centrale è bloccato su %n delle porte RTP provate: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow outgoing UDP from this network to the PBX (%1) on ports %2 in the firewall, with the replies. Without it calls have no audio or video, or fall back to a relay.</source>
        <translation>Nel firewall, consentire il traffico UDP in uscita da questa rete verso la centrale (%1) sulle porte %2, con le relative risposte. Senza questa regola le chiamate restano senza audio né video, oppure passano per un server di inoltro.</translation>
    </message>
    <message numerus="yes">
        <source>UDP reaches the PBX on all %n sampled RTP port(s) (%1).</source>
        <translation>
            <numerusform>Il traffico UDP raggiunge la centrale sull&apos;unica porta RTP provata (%1).</numerusform>
            <numerusform>Il traffico UDP raggiunge la centrale su tutte e %n le porte RTP provate (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure the firewall allows outgoing UDP to the PBX (%1) on ports %2. Silence can also mean that the PBX drops test packets quietly; a reflector named in the profile (rules.rtp.reflector) turns this into proof.</source>
        <translation>Verificare che il firewall consenta il traffico UDP in uscita verso la centrale (%1) sulle porte %2. L&apos;assenza di risposta può anche significare che la centrale scarta in silenzio i pacchetti di prova; un reflector indicato nel profilo (rules.rtp.reflector) permette di avere una prova certa.</translation>
    </message>
    <message>
        <source>Blocked on this computer (system error %1).</source>
        <translation>Bloccata su questo computer (errore di sistema %1).</translation>
    </message>
    <message>
        <source>Blocked on the way (ICMP type %1, code %2).</source>
        <translation>Bloccata lungo il percorso (ICMP tipo %1, codice %2).</translation>
    </message>
    <message>
        <source>Blocked on the way: %1 refused it (ICMP type %2, code %3).</source>
        <translation>Bloccata lungo il percorso: %1 l&apos;ha rifiutata (ICMP tipo %2, codice %3).</translation>
    </message>
    <message>
        <source>UDP reaches the PBX on both sampled RTP ports (%1).</source>
        <translation>Il traffico UDP raggiunge la centrale su entrambe le porte RTP provate (%1).</translation>
    </message>
    <message numerus="yes">
        <source>RTP path not proven: %n of %1 sampled ports gave no answer (%2). If they are blocked, calls need the TURN relay (requirement 9) to carry audio.</source>
        <translation>
            <numerusform>Percorso RTP non dimostrato: %n delle %1 porte provate non ha risposto (%2). Se è bloccata, per l&apos;audio le chiamate hanno bisogno del server di inoltro TURN (requisito 9).</numerusform>
            <numerusform>Percorso RTP non dimostrato: %n delle %1 porte provate non hanno risposto (%2). Se sono bloccate, per l&apos;audio le chiamate hanno bisogno del server di inoltro TURN (requisito 9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (ICMP port unreachable), but this system does not say who sent it: the PBX itself (path open) or a firewall on the way (blocked). Not proven either way; a reflector would prove it.</source>
        <translation>Rifiutata (ICMP port unreachable), ma questo sistema non indica chi ha inviato il rifiuto: la centrale stessa (percorso aperto) o un firewall lungo il percorso (porta bloccata). Impossibile stabilirlo; un reflector darebbe una prova certa.</translation>
    </message>
</context>
<context>
    <name>easyuc::RunReportDialog</name>
    <message>
        <source>Run of %1 (read-only)</source>
        <translation>Diagnosi del %1 (sola lettura)</translation>
    </message>
    <message>
        <source>Report of the run</source>
        <translation>Report della diagnosi</translation>
    </message>
    <message>
        <source>A past run, shown as it was recorded: export it to attach it to a support case.</source>
        <translation>Una diagnosi precedente, mostrata così come è stata registrata: esportarla per allegarla a una richiesta di assistenza.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta il report…</translation>
    </message>
    <message>
        <source>Export this run&apos;s report</source>
        <translation>Esporta il report di questa diagnosi</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta il report</translation>
    </message>
</context>
<context>
    <name>easyuc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>As in the profile</source>
        <translation>Come nel profilo</translation>
    </message>
    <message>
        <source>Time limit per check, in seconds</source>
        <translation>Tempo massimo per verifica, in secondi</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>Nome utente TURN</translation>
    </message>
    <message>
        <source>TURN password</source>
        <translation>Password TURN</translation>
    </message>
    <message>
        <source>&amp;Remember the TURN credentials on this computer</source>
        <translation>&amp;Ricorda le credenziali TURN su questo computer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>&amp;Time limit per check:</source>
        <translation>&amp;Tempo massimo per verifica:</translation>
    </message>
    <message>
        <source>TURN credentials (optional)</source>
        <translation>Credenziali TURN (facoltative)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The TURN password was not saved: this build cannot use the system&apos;s key store. It is kept until you close the app.</source>
        <translation>La password TURN non è stata salvata: questa versione del programma non può usare l&apos;archivio delle credenziali di sistema. Resta in memoria fino alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>The TURN password was not saved: the system&apos;s key store refused it (%1). It is kept until you close the app.</source>
        <translation>La password TURN non è stata salvata: l&apos;archivio delle credenziali di sistema l&apos;ha rifiutata (%1). Resta in memoria fino alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>&amp;Remember the TURN user name on this computer</source>
        <translation>&amp;Ricorda il nome utente TURN su questo computer</translation>
    </message>
    <message>
        <source>Reports include the raw &amp;evidence and the appendix</source>
        <translation>I report includono i &amp;dati rilevati e l&apos;appendice</translation>
    </message>
    <message>
        <source>If you tick the box below, the password is kept in the system&apos;s key store, never in a file.</source>
        <translation>Se si seleziona la casella qui sotto, la password viene conservata nell&apos;archivio delle credenziali di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>This build cannot use the system&apos;s key store, so the password is never saved: type it again after restarting the app.</source>
        <translation>Questa versione del programma non può usare l&apos;archivio delle credenziali di sistema, quindi la password non viene mai salvata: digitarla di nuovo dopo aver riavviato l&apos;app.</translation>
    </message>
    <message>
        <source>With credentials, R9 makes a full TURN allocation. Without them it proves the path only. They are kept in memory until you close the app and never appear in a report or a log. %1</source>
        <translation>Con le credenziali, R9 esegue un&apos;allocazione TURN completa; senza, verifica solo il percorso. Le credenziali restano in memoria fino alla chiusura dell&apos;app e non compaiono mai in un report o in un log. %1</translation>
    </message>
</context>
<context>
    <name>easyuc::SipAlgCheck</name>
    <message>
        <source>Sending SIP requests to the PBX over UDP and TCP port %1…</source>
        <translation>Invio di richieste SIP alla centrale in UDP e TCP sulla porta %1…</translation>
    </message>
    <message>
        <source>The STUN server&apos;s answer arrived with MAPPED-ADDRESS %1 but XOR-MAPPED-ADDRESS %2: a device on the way rewrites addresses inside packets.</source>
        <translation>La risposta del server STUN è arrivata con MAPPED-ADDRESS %1 ma XOR-MAPPED-ADDRESS %2: un dispositivo lungo il percorso modifica gli indirizzi all&apos;interno dei pacchetti.</translation>
    </message>
    <message>
        <source>A device between this computer and the PBX rewrites SIP messages (SIP ALG), proven by: %1.</source>
        <translation>Un dispositivo tra questo computer e la centrale modifica i messaggi SIP (SIP ALG), come dimostrato da: %1.</translation>
    </message>
    <message>
        <source>SIP messages reach the PBX and come back unchanged (%1): no SIP ALG on the way.</source>
        <translation>I messaggi SIP raggiungono la centrale e tornano invariati (%1): nessun SIP ALG lungo il percorso.</translation>
    </message>
    <message>
        <source>SIP messages come back unchanged over %1: no SIP ALG on the way (no answer over %2).</source>
        <translation>I messaggi SIP tornano invariati in %1: nessun SIP ALG lungo il percorso (nessuna risposta in %2).</translation>
    </message>
    <message>
        <source>The PBX gave no SIP answer on port %1 (UDP or TCP), so a SIP ALG can be neither ruled out nor proven.</source>
        <translation>La centrale non ha dato alcuna risposta SIP sulla porta %1 (UDP o TCP), quindi non è possibile né escludere né dimostrare la presenza di un SIP ALG.</translation>
    </message>
    <message>
        <source>Not proven: the SIP answers over %1 do not show whether the messages were rewritten on the way.</source>
        <translation>Non dimostrato: le risposte SIP in %1 non mostrano se i messaggi sono stati modificati lungo il percorso.</translation>
    </message>
    <message>
        <source>Allow outgoing SIP (UDP and TCP port %1) to the PBX so that the test can see its answers, or ask the provider for the address of an easyuc-reflector to set as &quot;sip.reflector&quot; in the profile. Make sure any SIP ALG, SIP helper or SIP inspection of the router is off.</source>
        <translation>Consentire il traffico SIP in uscita (porta %1 UDP e TCP) verso la centrale, così che il test possa vederne le risposte, oppure chiedere al fornitore l&apos;indirizzo di un easyuc-reflector da impostare come &quot;sip.reflector&quot; nel profilo. Verificare che SIP ALG, SIP helper o SIP inspection del router siano disattivati.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved.</source>
        <translation>Non è stato possibile trovare l&apos;indirizzo di %1.</translation>
    </message>
    <message>
        <source>SIP over %1 was refused (nothing listens on port %2, or a firewall rejects it).</source>
        <translation>La richiesta SIP in %1 è stata rifiutata (nessun servizio in ascolto sulla porta %2, oppure un firewall la respinge).</translation>
    </message>
    <message>
        <source>The SIP connection over %1 was closed without an answer.</source>
        <translation>La connessione SIP in %1 è stata chiusa senza risposta.</translation>
    </message>
    <message>
        <source>The answer over %1 is not a valid SIP response to our request.</source>
        <translation>La risposta in %1 non è una risposta SIP valida alla nostra richiesta.</translation>
    </message>
    <message numerus="yes">
        <source>No SIP answer over %1 within %2 s (%n request(s) sent).</source>
        <translation>
            <numerusform>Nessuna risposta SIP in %1 entro %2 s (%n richiesta inviata).</numerusform>
            <numerusform>Nessuna risposta SIP in %1 entro %2 s (%n richieste inviate).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Via header came back changed over %1 (sent &quot;%2&quot;, answered &quot;%3&quot;): a device on the way rewrote the message.</source>
        <translation>L&apos;intestazione Via è tornata modificata in %1 (inviata &quot;%2&quot;, ricevuta &quot;%3&quot;): un dispositivo lungo il percorso ha modificato il messaggio.</translation>
    </message>
    <message>
        <source>The answer over %1 names this computer&apos;s private address %2 as the sender the server saw (received=): a SIP ALG rewrote it on the way back.</source>
        <translation>La risposta in %1 indica come mittente visto dal server (received=) l&apos;indirizzo privato di questo computer, %2: un SIP ALG l&apos;ha modificata lungo il percorso di ritorno.</translation>
    </message>
    <message>
        <source>The reflector received our request over %1 with these headers changed: %2. A SIP ALG rewrote them on the way.</source>
        <translation>Il reflector ha ricevuto la nostra richiesta in %1 con queste intestazioni modificate: %2. Un SIP ALG le ha modificate lungo il percorso.</translation>
    </message>
    <message>
        <source>The reflector answered over %1 but did not echo the request.</source>
        <translation>Il reflector ha risposto in %1, ma non ha rimandato indietro la richiesta.</translation>
    </message>
    <message>
        <source>The reflector received our request over %1 unchanged and saw the address %2.</source>
        <translation>Il reflector ha ricevuto la nostra richiesta in %1 senza modifiche e ha visto l&apos;indirizzo %2.</translation>
    </message>
    <message>
        <source>The PBX answered over %1 (%2), saw the public address %3, and the message came back unchanged.</source>
        <translation>La centrale ha risposto in %1 (%2), ha visto l&apos;indirizzo pubblico %3 e il messaggio è tornato invariato.</translation>
    </message>
    <message>
        <source>The answer over %1 came back unchanged and no NAT lies on the way (the server saw this computer&apos;s own address).</source>
        <translation>La risposta in %1 è tornata invariata e lungo il percorso non c&apos;è NAT (il server ha visto l&apos;indirizzo di questo computer).</translation>
    </message>
    <message>
        <source>The answer over %1 came back unchanged, but the server did not say which address it saw (no received=), so rewriting is not proven either way.</source>
        <translation>La risposta in %1 è tornata invariata, ma il server non ha indicato quale indirizzo ha visto (manca received=), quindi non è possibile stabilire se il messaggio sia stato modificato.</translation>
    </message>
    <message>
        <source>No SIP connection over %1 within %2 s: the port is probably blocked.</source>
        <translation>Nessuna connessione SIP in %1 entro %2 s: probabilmente la porta è bloccata.</translation>
    </message>
    <message>
        <source>Not proven for UDP: SIP over %1 comes back unchanged, but UDP, where SIP ALGs usually act, gave no usable answer.</source>
        <translation>Non dimostrato per UDP: il SIP in %1 torna invariato, ma UDP, dove di solito agiscono i SIP ALG, non ha dato una risposta utilizzabile.</translation>
    </message>
    <message>
        <source>Turn off the SIP ALG of the router or firewall. It appears in the settings as &quot;SIP ALG&quot;, &quot;SIP helper&quot;, &quot;SIP passthrough&quot;, &quot;SIP fixup&quot; or &quot;SIP inspection&quot;, usually under NAT, firewall or advanced settings: disable it, save and restart the router. On business firewalls: Cisco ASA: &quot;no inspect sip&quot; in class inspection_default of policy-map global_policy; FortiGate: &quot;set default-voip-alg-mode kernel-helper-based&quot; under &quot;config system settings&quot;, then delete the sip entry under &quot;config system session-helper&quot;; SonicWall: clear &quot;Enable SIP Transformations&quot; in VoIP &gt; Settings; Linux routers: unload nf_nat_sip and nf_conntrack_sip. Then run this test again. If the router belongs to the internet provider, ask them to turn it off.</source>
        <translation>Disattivare il SIP ALG del router o del firewall. Nelle impostazioni compare come &quot;SIP ALG&quot;, &quot;SIP helper&quot;, &quot;SIP passthrough&quot;, &quot;SIP fixup&quot; o &quot;SIP inspection&quot;, di solito tra le impostazioni NAT, firewall o avanzate: disattivarlo, salvare e riavviare il router. Sui firewall aziendali: Cisco ASA: &quot;no inspect sip&quot; nella class inspection_default della policy-map global_policy; FortiGate: &quot;set default-voip-alg-mode kernel-helper-based&quot; in &quot;config system settings&quot;, poi eliminare la voce sip in &quot;config system session-helper&quot;; SonicWall: togliere la spunta a &quot;Enable SIP Transformations&quot; in VoIP &gt; Settings; router Linux: rimuovere i moduli nf_nat_sip e nf_conntrack_sip. Poi ripetere la verifica. Se il router è del fornitore di Internet, chiedere al fornitore di disattivarlo.</translation>
    </message>
    <message>
        <source>MikroTik: disable the sip entry under /ip firewall service-port. pfSense: remove the siproxd package (System &gt; Packages).</source>
        <translation>MikroTik: disattivare la voce sip in /ip firewall service-port. pfSense: rimuovere il pacchetto siproxd (System &gt; Packages).</translation>
    </message>
</context>
<context>
    <name>easyuc::StunBindingCheck</name>
    <message>
        <source>No STUN server is configured in the profile.</source>
        <translation>Nel profilo non è configurato alcun server STUN.</translation>
    </message>
    <message>
        <source>Asking the STUN servers for this network&apos;s public address…</source>
        <translation>Richiesta ai server STUN dell&apos;indirizzo pubblico di questa rete…</translation>
    </message>
    <message>
        <source>The server answered with STUN error %1.</source>
        <translation>Il server ha risposto con l&apos;errore STUN %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer over UDP (%n request(s) sent).</source>
        <translation>
            <numerusform>Nessuna risposta in UDP (%n richiesta inviata).</numerusform>
            <numerusform>Nessuna risposta in UDP (%n richieste inviate).</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address %1, round trip %2 ms.</source>
        <translation>Indirizzo pubblico %1, andata e ritorno in %2 ms.</translation>
    </message>
    <message>
        <source>No STUN server answers over UDP: calls cannot discover the public address.</source>
        <translation>Nessun server STUN risponde in UDP: le chiamate non possono rilevare l&apos;indirizzo pubblico.</translation>
    </message>
    <message>
        <source>Public address seen by the servers.</source>
        <translation>Indirizzo pubblico visto dai server.</translation>
    </message>
    <message numerus="yes">
        <source>Connections leave from %n different public addresses: %1.</source>
        <translation>
            <numerusform>Le connessioni escono da %n indirizzo pubblico: %1.</numerusform>
            <numerusform>Le connessioni escono da %n indirizzi pubblici diversi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The router balances traffic across several public addresses. Configure it so that traffic to the Proxima PBX and to the STUN/TURN servers always leaves from the same public address (a policy or &apos;sticky&apos; rule).</source>
        <translation>Il router bilancia il traffico in uscita su più IP pubblici. Configurare il bilanciamento in modo che il traffico verso la centrale Proxima e verso i server STUN/TURN venga sempre instradato con lo stesso IP pubblico (regola di policy o «sticky»).</translation>
    </message>
    <message>
        <source>Not proven: too few answers (%1) to compare public addresses.</source>
        <translation>Non dimostrato: risposte insufficienti (%1) per confrontare gli indirizzi pubblici.</translation>
    </message>
    <message>
        <source>The STUN server names could not be resolved, so no STUN server was reached.</source>
        <translation>Non è stato possibile risolvere i nomi dei server STUN, quindi nessun server STUN è stato raggiunto.</translation>
    </message>
    <message numerus="yes">
        <source>%n STUN server(s) answer: this network&apos;s public address is %1.</source>
        <translation>
            <numerusform>Risponde %n server STUN: l&apos;indirizzo pubblico di questa rete è %1.</numerusform>
            <numerusform>Rispondono %n server STUN: l&apos;indirizzo pubblico di questa rete è %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the STUN servers (%1) in the firewall. Without STUN, audio in calls may be missing in one or both directions.</source>
        <translation>Consentire nel firewall il traffico UDP in uscita verso i server STUN (%1). Senza STUN, l&apos;audio delle chiamate può mancare in una o in entrambe le direzioni.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the STUN servers (%1) so that the public address can be checked.</source>
        <translation>Consentire il traffico UDP in uscita verso i server STUN (%1), così che l&apos;indirizzo pubblico possa essere verificato.</translation>
    </message>
    <message>
        <source>Both connections leave from the same public address %1.</source>
        <translation>Entrambe le connessioni escono dallo stesso indirizzo pubblico %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n connections leave from the same public address %1.</source>
        <translation>
            <numerusform>La connessione esce dall&apos;indirizzo pubblico %1.</numerusform>
            <numerusform>Tutte e %n le connessioni escono dallo stesso indirizzo pubblico %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 STUN servers answer.</source>
        <translation>
            <numerusform>Risponde %n server STUN su %1.</numerusform>
            <numerusform>Rispondono %n server STUN su %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::TlsInterceptionCheck</name>
    <message>
        <source>The reference certificate authorities (%1) could not be loaded, so interception could not be checked.</source>
        <translation>Non è stato possibile caricare le autorità di certificazione di riferimento (%1), quindi l&apos;intercettazione non è stata verificata.</translation>
    </message>
    <message>
        <source>The certificate authorities trusted by this computer (%1) could not be loaded, so interception could not be checked.</source>
        <translation>Non è stato possibile caricare le autorità di certificazione riconosciute da questo computer (%1), quindi l&apos;intercettazione non è stata verificata.</translation>
    </message>
    <message>
        <source>Nothing to check: the profile names no PBX and no domain.</source>
        <translation>Niente da verificare: il profilo non indica né la centrale né alcun dominio.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the certificates of %n secure connection(s)…</source>
        <translation>
            <numerusform>Verifica del certificato di %n connessione sicura…</numerusform>
            <numerusform>Verifica dei certificati di %n connessioni sicure…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: no answer within the time limit.</source>
        <translation>Non verificabile: nessuna risposta entro il tempo massimo.</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Non verificabile. %1</translation>
    </message>
    <message>
        <source>Secure connections are intercepted by %1: %2.</source>
        <translation>Le connessioni sicure vengono intercettate da %1: %2.</translation>
    </message>
    <message>
        <source>%1 inspects HTTPS traffic on this network and breaks the secure connections of Easy UC. In %1, turn off HTTPS (SSL) inspection for %2, or add exceptions for these names.</source>
        <translation>%1 ispeziona il traffico HTTPS su questa rete e interrompe le connessioni sicure di Easy UC. In %1 disattivare l&apos;ispezione HTTPS (filtro SSL/TLS) per %2, oppure aggiungere delle eccezioni per questi nomi.</translation>
    </message>
    <message>
        <source>Secure connections are re-signed by an authority that only this computer trusts: %1.</source>
        <translation>Le connessioni sicure vengono rifirmate da un&apos;autorità riconosciuta solo da questo computer: %1.</translation>
    </message>
    <message>
        <source>A firewall, proxy or antivirus program inspects HTTPS traffic with its own certificate authority. Turn off HTTPS (SSL) inspection for %1, or add exceptions for these names.</source>
        <translation>Un firewall, un proxy o un antivirus ispeziona il traffico HTTPS con una propria autorità di certificazione. Disattivare l&apos;ispezione HTTPS (filtro SSL/TLS) per %1, oppure aggiungere delle eccezioni per questi nomi.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) cannot be trusted: %1.</source>
        <translation>
            <numerusform>%n certificato non è attendibile: %1.</numerusform>
            <numerusform>%n certificati non sono attendibili: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a firewall, proxy or antivirus program inspects HTTPS traffic, turn off HTTPS (SSL) inspection for %1, or add exceptions for these names. Otherwise the server&apos;s certificate is wrong: tell Proxima support which name failed.</source>
        <translation>Se un firewall, un proxy o un antivirus ispeziona il traffico HTTPS, disattivare l&apos;ispezione HTTPS (filtro SSL/TLS) per %1, oppure aggiungere delle eccezioni per questi nomi. Altrimenti il certificato del server è errato: comunicare all&apos;assistenza Proxima quale nome non ha superato la verifica.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked: none of the %n secure connection(s) delivered a certificate.</source>
        <translation>
            <numerusform>Nessuna verifica possibile: l&apos;unica connessione sicura provata non ha fornito un certificato.</numerusform>
            <numerusform>Nessuna verifica possibile: nessuna delle %n connessioni sicure ha fornito un certificato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure these can be reached (see the other requirements), then run the test again: %1.</source>
        <translation>Verificare che questi nomi siano raggiungibili (vedere gli altri requisiti), poi ripetere la verifica: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No interception seen, but %n connection(s) could not be checked: %1.</source>
        <translation>
            <numerusform>Nessuna intercettazione rilevata, ma non è stato possibile verificare %n connessione: %1.</numerusform>
            <numerusform>Nessuna intercettazione rilevata, ma non è stato possibile verificare %n connessioni: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates are trusted, but %n carry no Certificate Transparency proof: %1.</source>
        <translation>
            <numerusform>I certificati sono attendibili, ma %n non contiene la prova di Certificate Transparency: %1.</numerusform>
            <numerusform>I certificati sono attendibili, ma %n non contengono la prova di Certificate Transparency: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interception seen, but %1 could not be checked and %2 carry no Certificate Transparency proof.</source>
        <translation>Nessuna intercettazione rilevata, ma non è stato possibile verificare %1, e i certificati di %2 non contengono la prova di Certificate Transparency.</translation>
    </message>
    <message>
        <source>Public certificates normally carry Certificate Transparency proof; one without it may come from a private authority. If HTTPS is inspected on this network, turn the inspection off for %1 or add exceptions for these names; otherwise tell Proxima support.</source>
        <translation>I certificati pubblici di norma contengono la prova di Certificate Transparency; un certificato senza questa prova potrebbe provenire da un&apos;autorità privata. Se su questa rete il traffico HTTPS viene ispezionato, disattivare l&apos;ispezione per %1 oppure aggiungere delle eccezioni per questi nomi; altrimenti avvisare l&apos;assistenza Proxima.</translation>
    </message>
    <message numerus="yes">
        <source>No interception: all %n certificate(s) are trusted by the public roots.</source>
        <translation>
            <numerusform>Nessuna intercettazione: l&apos;unico certificato ricevuto è riconosciuto dalle autorità di certificazione pubbliche.</numerusform>
            <numerusform>Nessuna intercettazione: tutti e %n i certificati sono riconosciuti dalle autorità di certificazione pubbliche.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interception: both certificates are trusted by the public roots.</source>
        <translation>Nessuna intercettazione: entrambi i certificati sono riconosciuti dalle autorità di certificazione pubbliche.</translation>
    </message>
    <message numerus="yes">
        <source>No interception seen, but %n certificate(s) could not be judged while this computer&apos;s clock is wrong: %1.</source>
        <translation>
            <numerusform>Nessuna intercettazione rilevata, ma poiché l&apos;orologio di questo computer è sbagliato non è stato possibile valutare %n certificato: %1.</numerusform>
            <numerusform>Nessuna intercettazione rilevata, ma poiché l&apos;orologio di questo computer è sbagliato non è stato possibile valutare %n certificati: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>easyuc::TurnCheck</name>
    <message>
        <source>No TURN server is configured in the profile.</source>
        <translation>Nel profilo non è configurato alcun server TURN.</translation>
    </message>
    <message>
        <source>Asking the TURN servers for a relay…</source>
        <translation>Richiesta di un inoltro ai server TURN…</translation>
    </message>
    <message>
        <source>The TURN server answers but refused the allocation with the configured credentials (error %1).</source>
        <translation>Il server TURN risponde, ma ha rifiutato l&apos;allocazione con le credenziali configurate (errore %1).</translation>
    </message>
    <message>
        <source>The TURN server answers but did not complete the allocation in time.</source>
        <translation>Il server TURN risponde, ma non ha completato l&apos;allocazione in tempo.</translation>
    </message>
    <message>
        <source>The TURN server answers, but its certificate is not trusted by this computer, so the app would refuse it.</source>
        <translation>Il server TURN risponde, ma il suo certificato non è considerato attendibile da questo computer, quindi l&apos;app lo rifiuterebbe.</translation>
    </message>
    <message>
        <source>Relay allocated at %1, round trip %2 ms.</source>
        <translation>Inoltro allocato su %1, andata e ritorno in %2 ms.</translation>
    </message>
    <message>
        <source>The TURN server answers (it asks for the credentials of realm %1), round trip %2 ms.</source>
        <translation>Il server TURN risponde (chiede le credenziali del realm %1), andata e ritorno in %2 ms.</translation>
    </message>
    <message>
        <source>The server answered with error %1 instead of asking for credentials.</source>
        <translation>Il server ha risposto con l&apos;errore %1 invece di chiedere le credenziali.</translation>
    </message>
    <message>
        <source>Something answered, but not as a TURN server.</source>
        <translation>Ha risposto qualcosa, ma non un server TURN.</translation>
    </message>
    <message>
        <source>The server sent an oversized answer.</source>
        <translation>Il server ha inviato una risposta troppo grande.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Il server ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>The request could not be sent: %1</source>
        <translation>Non è stato possibile inviare la richiesta: %1</translation>
    </message>
    <message numerus="yes">
        <source>No answer over UDP (%n request(s) sent).</source>
        <translation>
            <numerusform>Nessuna risposta in UDP (%n richiesta inviata).</numerusform>
            <numerusform>Nessuna risposta in UDP (%n richieste inviate).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was accepted but the TURN server did not answer.</source>
        <translation>La connessione è stata accettata, ma il server TURN non ha risposto.</translation>
    </message>
    <message>
        <source>The TURN server answers over UDP: calls can be relayed when a direct path fails.</source>
        <translation>Il server TURN risponde in UDP: le chiamate possono passare per l&apos;inoltro quando il percorso diretto non funziona.</translation>
    </message>
    <message>
        <source>TURN works over UDP: a relay was allocated at %1.</source>
        <translation>TURN funziona in UDP: è stato allocato un inoltro su %1.</translation>
    </message>
    <message>
        <source>The TURN server answers over UDP but did not allocate a relay.</source>
        <translation>Il server TURN risponde in UDP, ma non ha allocato un inoltro.</translation>
    </message>
    <message>
        <source>TURN answers only over TCP/TLS: when calls need a relay, audio and video will be carried over TCP, with more delay.</source>
        <translation>TURN risponde solo in TCP/TLS: quando le chiamate hanno bisogno dell&apos;inoltro, audio e video passeranno in TCP, con più ritardo.</translation>
    </message>
    <message>
        <source>No TURN server answers over UDP, TCP or TLS: calls that need a relay will have no audio.</source>
        <translation>Nessun server TURN risponde in UDP, TCP o TLS: le chiamate che hanno bisogno dell&apos;inoltro non avranno audio.</translation>
    </message>
    <message>
        <source>Nothing answers on UDP port %1 of the TURN server: the network reported it unreachable.</source>
        <translation>Nessun servizio risponde sulla porta UDP %1 del server TURN: la rete l&apos;ha segnalata come irraggiungibile.</translation>
    </message>
    <message>
        <source>Check the TURN credentials in the profile, and that the TURN servers are reachable over UDP: %1.</source>
        <translation>Controllare le credenziali TURN nel profilo e che i server TURN siano raggiungibili in UDP: %1.</translation>
    </message>
    <message>
        <source>Allow outgoing UDP towards the TURN servers in the firewall, so that relayed media can use UDP: %1.</source>
        <translation>Consentire nel firewall il traffico UDP in uscita verso i server TURN, così che l&apos;audio e il video inoltrati possano usare UDP: %1.</translation>
    </message>
    <message>
        <source>Allow outgoing traffic towards the TURN servers in the firewall: %1.</source>
        <translation>Consentire nel firewall il traffico in uscita verso i server TURN: %1.</translation>
    </message>
</context>
<context>
    <name>easyuc::VerdictBanner</name>
    <message>
        <source>Overall verdict</source>
        <translation>Esito complessivo</translation>
    </message>
    <message>
        <source>Ready to check this network for Easy UC.</source>
        <translation>Pronto a verificare questa rete per Easy UC.</translation>
    </message>
    <message>
        <source>Enter the address of your phone system (PBX), then press Start (F5).</source>
        <translation>Inserire l&apos;indirizzo della centrale telefonica, poi premere Avvia (F5).</translation>
    </message>
    <message>
        <source>Checking this network…</source>
        <translation>Verifica della rete in corso…</translation>
    </message>
    <message>
        <source>%1 of %2 requirements checked. Results appear as each check finishes.</source>
        <translation>Requisiti verificati: %1 di %2. I risultati compaiono man mano che ogni verifica termina.</translation>
    </message>
    <message>
        <source>Select a row to see what was tested and what to do.</source>
        <translation>Selezionare una riga per vedere cosa è stato verificato e cosa fare.</translation>
    </message>
    <message>
        <source>Support code: %1 — read it to your support agent. Select a row to see what was tested and what to do.</source>
        <translation>Codice di assistenza: %1 — comunicarlo all&apos;assistenza. Selezionare una riga per vedere cosa è stato verificato e cosa fare.</translation>
    </message>
</context>
<context>
    <name>easyuc::WebRtcCheck</name>
    <message>
        <source>WebSocket open; asking the PBX over SIP…</source>
        <translation>WebSocket aperto; interrogazione della centrale via SIP…</translation>
    </message>
    <message>
        <source>No PBX address was given, so the PBX was not tested.</source>
        <translation>Non è stato indicato l&apos;indirizzo della centrale, quindi la centrale non è stata verificata.</translation>
    </message>
    <message>
        <source>The trusted certificates of this computer could not be loaded, so the PBX could not be checked.</source>
        <translation>Non è stato possibile caricare i certificati attendibili di questo computer, quindi la centrale non è stata verificata.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Connessione a %1 sulla porta %2 in corso…</translation>
    </message>
    <message>
        <source>Allow outbound TCP connections to port %1 of the PBX (%2) in the firewall or router.</source>
        <translation>Nel firewall o nel router, consentire le connessioni TCP in uscita verso la porta %1 della centrale (%2).</translation>
    </message>
    <message>
        <source>Disable SSL/TLS inspection for the PBX (%1, port %2) in the firewall, proxy or antivirus. If nothing inspects the traffic, the PBX administrator must renew its certificate.</source>
        <translation>Disattivare il filtro SSL/TLS per la centrale (%1, porta %2) nel firewall, nel proxy o nell&apos;antivirus. Se nessun dispositivo ispeziona il traffico, l&apos;amministratore della centrale deve rinnovarne il certificato.</translation>
    </message>
    <message>
        <source>A proxy or firewall may be blocking WebSocket connections: allow WebSocket traffic to the PBX (%1, port %2) and disable SSL inspection for it. If the problem persists, contact the PBX administrator.</source>
        <translation>Un proxy o un firewall potrebbe bloccare le connessioni WebSocket: consentire il traffico WebSocket verso la centrale (%1, porta %2) e disattivare il filtro SSL per questo traffico. Se il problema persiste, contattare l&apos;amministratore della centrale.</translation>
    </message>
    <message>
        <source>The WebSocket reaches the PBX but SIP gets no proper answer: make sure no firewall filters or inspects the traffic to the PBX (%1, port %2). If the problem persists, contact the PBX administrator.</source>
        <translation>Il WebSocket raggiunge la centrale, ma SIP non riceve una risposta corretta: verificare che nessun firewall filtri o ispezioni il traffico verso la centrale (%1, porta %2). Se il problema persiste, contattare l&apos;amministratore della centrale.</translation>
    </message>
    <message>
        <source>The certificate presented on port %1 is not valid for %2 on this computer, so the app would refuse the connection.</source>
        <translation>Il certificato presentato sulla porta %1 non è valido per %2 su questo computer, quindi l&apos;app rifiuterebbe la connessione.</translation>
    </message>
    <message>
        <source>The PBX answered SIP over a secure WebSocket on port %1 (%2).</source>
        <translation>La centrale ha risposto in SIP tramite WebSocket sicuro sulla porta %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to port %1 works, but the PBX closed it without answering the WebSocket request.</source>
        <translation>La connessione sicura alla porta %1 funziona, ma la centrale l&apos;ha chiusa senza rispondere alla richiesta WebSocket.</translation>
    </message>
    <message>
        <source>The secure connection to port %1 works, but no answer to the WebSocket request came within %2 s.</source>
        <translation>La connessione sicura alla porta %1 funziona, ma la richiesta WebSocket non ha avuto risposta entro %2 s.</translation>
    </message>
    <message>
        <source>Something other than a web server answered the WebSocket request on port %1.</source>
        <translation>Alla richiesta WebSocket sulla porta %1 non ha risposto un server web, ma un altro tipo di servizio.</translation>
    </message>
    <message>
        <source>The PBX refused the WebSocket connection on port %1 with HTTP status %2.</source>
        <translation>La centrale ha rifiutato la connessione WebSocket sulla porta %1 con lo stato HTTP %2.</translation>
    </message>
    <message>
        <source>The answer to the WebSocket request on port %1 is not a valid WebSocket handshake.</source>
        <translation>La risposta alla richiesta WebSocket sulla porta %1 non è una negoziazione WebSocket valida.</translation>
    </message>
    <message>
        <source>The PBX opened the WebSocket on port %1 without the “%2” subprotocol the app needs.</source>
        <translation>La centrale ha aperto il WebSocket sulla porta %1 senza il sottoprotocollo “%2” necessario all&apos;app.</translation>
    </message>
    <message>
        <source>The secure WebSocket to the PBX opens, but the PBX closed it without answering the SIP request.</source>
        <translation>Il WebSocket sicuro verso la centrale si apre, ma la centrale lo ha chiuso senza rispondere alla richiesta SIP.</translation>
    </message>
    <message>
        <source>The secure WebSocket to the PBX opens, but the PBX did not answer the SIP request within %1 s.</source>
        <translation>Il WebSocket sicuro verso la centrale si apre, ma la centrale non ha risposto alla richiesta SIP entro %1 s.</translation>
    </message>
    <message>
        <source>The secure WebSocket to the PBX opens, but the answer to the SIP request is not a valid SIP response.</source>
        <translation>Il WebSocket sicuro verso la centrale si apre, ma la risposta alla richiesta SIP non è una risposta SIP valida.</translation>
    </message>
    <message>
        <source>Check that the PBX address %1 is spelled correctly and that the DNS servers of this network work.</source>
        <translation>Controllare che l&apos;indirizzo della centrale %1 sia scritto correttamente e che i server DNS di questa rete funzionino.</translation>
    </message>
    <message>
        <source>The PBX name %1 does not exist in DNS.</source>
        <translation>Il nome della centrale %1 non esiste nel DNS.</translation>
    </message>
    <message>
        <source>The PBX name %1 could not be resolved.</source>
        <translation>Non è stato possibile trovare l&apos;indirizzo della centrale %1.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the PBX on port %1 did not complete within %2 s.</source>
        <translation>La connessione sicura (TLS) alla centrale sulla porta %1 non si è completata entro %2 s.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the PBX on port %1 failed.</source>
        <translation>La connessione sicura (TLS) alla centrale sulla porta %1 non è riuscita.</translation>
    </message>
    <message>
        <source>The PBX refused the connection on port %1.</source>
        <translation>La centrale ha rifiutato la connessione sulla porta %1.</translation>
    </message>
    <message>
        <source>The connection to the PBX on port %1 was reset.</source>
        <translation>La connessione alla centrale sulla porta %1 è stata interrotta (reset).</translation>
    </message>
    <message>
        <source>The PBX cannot be reached from this network on port %1.</source>
        <translation>La centrale non è raggiungibile da questa rete sulla porta %1.</translation>
    </message>
    <message>
        <source>No answer from the PBX on port %1 within %2 s: the port is probably blocked.</source>
        <translation>Nessuna risposta dalla centrale sulla porta %1 entro %2 s: probabilmente la porta è bloccata.</translation>
    </message>
    <message>
        <source>The connection to the PBX on port %1 failed.</source>
        <translation>La connessione alla centrale sulla porta %1 non è riuscita.</translation>
    </message>
    <message>
        <source>The PBX answered SIP over a secure WebSocket on port %1 (%2), but it was given as an IP address: Easy UC connects by name and the certificate is issued for a name, so it could not be checked.</source>
        <translation>La centrale ha risposto in SIP tramite WebSocket sicuro sulla porta %1 (%2), ma è stata indicata con un indirizzo IP: Easy UC si collega tramite il nome e il certificato è emesso per un nome, quindi non è stato possibile verificarlo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the diagnosis at once.</source>
        <translation>Avvia subito la diagnosi.</translation>
    </message>
</context>
</TS>
