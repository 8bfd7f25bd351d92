#include "mediaqualitycheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "../probes/stunclient.h"
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

void MediaQualityCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
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

void MediaQualityCheck::abort()
{
    if (m_pacer)
        m_pacer->stop();
    if (m_dns)
        m_dns->abort();
    if (m_client)
        m_client->abort();
}

RequirementResult MediaQualityCheck::resultOnDeadline()
{
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
