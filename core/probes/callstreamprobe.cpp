#include "core/probes/callstreamprobe.h"

#include "core/probes/emodel.h"
#include "core/probes/endpoint.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <limits>

namespace easyuc {

namespace {
constexpr quint32 kMagicCookie = 0x2112A442;
constexpr quint16 kSoftwareAttribute = 0x8022;    // RFC 5389 §15.10
constexpr quint16 kFingerprintAttribute = 0x8028; // RFC 5389 §15.5
constexpr quint32 kFingerprintXor = 0x5354554e;
constexpr int kFingerprintBytes = 8;
constexpr int kStunHeader = 20;
constexpr int kRtpHeader = 12;
constexpr int kSessionBytes = 8;
// Echo datagram: RTP header, then the session, the 32-bit sequence and the 64-bit send time.
constexpr int kEchoSessionAt = kRtpHeader;
constexpr int kEchoSeqAt = kEchoSessionAt + kSessionBytes;
constexpr int kEchoSentAt = kEchoSeqAt + 4;
// STUN transaction id: the first 8 bytes of the session, then the sequence number.
constexpr int kStunSessionBytes = 8;

// CRC-32 (ISO 3309) as STUN's FINGERPRINT uses it.
quint32 crc32(const char* data, int size)
{
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The worst share of losses (in %) in any `span` consecutive packets (all of them when fewer).
double worstWindowLossPct(const QList<bool>& lost, int span)
{
    const int n = int(lost.size());
    if (n == 0)
        return 0;
    span = std::min(span, n);
    int inWindow = 0, worst = 0;
    for (int i = 0; i < n; ++i) {
        inWindow += lost.at(i) ? 1 : 0;
        if (i >= span)
            inWindow -= lost.at(i - span) ? 1 : 0;
        if (i >= span - 1)
            worst = std::max(worst, inWindow);
    }
    return 100.0 * worst / span;
}

int longestRun(const QList<bool>& lost, int from, int to)
{
    int run = 0, longest = 0;
    for (int i = from; i < to; ++i) {
        run = lost.at(i) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}
} // namespace

CallStreamProbe::CallStreamProbe(QObject* parent)
    : QObject(parent), m_pacer(new QTimer(this)), m_settle(new QTimer(this))
{
    qRegisterMetaType<easyuc::CallTestResult>();
    m_pacer->setSingleShot(true);
    m_pacer->setTimerType(Qt::PreciseTimer);
    connect(m_pacer, &QTimer::timeout, this, &CallStreamProbe::pace);
    m_settle->setSingleShot(true);
    m_settle->setTimerType(Qt::PreciseTimer);
    connect(m_settle, &QTimer::timeout, this, &CallStreamProbe::conclude);
}

CallStreamProbe::~CallStreamProbe() = default;

void CallStreamProbe::start(const QHostAddress& address, quint16 port, Mode mode, int seconds,
                            QDeadlineTimer deadline)
{
    abort();
    m_address = address;
    m_port = port;
    m_mode = mode;
    m_deadline = deadline;
    m_seconds = std::max(1, seconds);
    m_total = m_seconds * kPacketsPerSecond;
    m_packets = QList<Packet>(m_total);
    m_next = 0;
    m_arrivals = 0;
    m_highestAnswered = -1;
    m_lastRttUs = -1;
    m_jitterMs = 0;
    m_ignored = 0;
    m_sendErrors = 0;
    m_sendError.clear();
    m_lastProgressSecond = 0;
    m_session.resize(kSessionBytes);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(m_session.data()),
                                          kSessionBytes / 4);
    m_ssrc = QRandomGenerator::global()->generate();
    m_socket = new QUdpSocket(this);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    m_running = true;
    if (!m_socket->bind(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
        m_sendError = m_socket->errorString();
        m_total = 0;
        QTimer::singleShot(0, this, &CallStreamProbe::conclude);
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &CallStreamProbe::onReadable);
    m_clock.start();
    pace();
}

void CallStreamProbe::abort()
{
    m_running = false;
    m_pacer->stop();
    m_settle->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void CallStreamProbe::pace()
{
    if (!m_running)
        return;
    // Packet i is due at i × 20 ms after the start: the schedule follows the clock, so a late
    // timer never shifts the packets after it. A late event loop sends at most kMaxCatchUp at
    // once; over any second the stream stays at 50 packets.
    const qint64 now = nowUs();
    const bool timeLeft =
        m_deadline.isForever() || m_deadline.remainingTime() > kLossTimeoutMs + 100;
    if (!timeLeft)
        m_total = m_next; // the deadline cuts the stream; what was sent still gets its answers
    const int due = int(std::min<qint64>(m_total, now / kIntervalUs + 1));
    for (int sent = 0; m_next < due && sent < kMaxCatchUp; ++sent)
        sendOne();
    const int second = int(now / 1000000);
    if (second > m_lastProgressSecond) {
        m_lastProgressSecond = second;
        Q_EMIT progress(result());
    }
    if (m_next < m_total) {
        const qint64 waitUs = qint64(m_next) * kIntervalUs - nowUs();
        m_pacer->start(int(std::max<qint64>(0, waitUs / 1000)));
        return;
    }
    // Everything is sent: the last packet's answer window decides the end (sooner when every
    // packet is answered already).
    const qint64 lastSent = m_next > 0 ? m_packets.at(m_next - 1).sentUs : now;
    const qint64 endUs = lastSent + qint64(kLossTimeoutMs) * 1000;
    m_settle->start(int(std::max<qint64>(0, (endUs - now) / 1000)));
    // Progress keeps its once-a-second beat while the last answers are awaited.
    if (endUs - now > 1000000 - now % 1000000)
        m_pacer->start(int((1000000 - now % 1000000) / 1000) + 1);
}

QByteArray CallStreamProbe::datagramFor(int seq, qint64 sentUs) const
{
    QByteArray d(kPacketBytes, char(0xff)); // G.711 µ-law silence
    auto* b = reinterpret_cast<uchar*>(d.data());
    if (m_mode == Mode::Echo) {
        b[0] = 0x80; // RTP version 2
        b[1] = 0x00; // payload type 0: PCMU
        qToBigEndian(quint16(seq & 0xffff), b + 2);
        qToBigEndian(quint32(seq) * 160u, b + 4); // 160 samples per 20 ms
        qToBigEndian(m_ssrc, b + 8);
        std::copy(m_session.cbegin(), m_session.cend(), d.begin() + kEchoSessionAt);
        qToBigEndian(quint32(seq), b + kEchoSeqAt);
        qToBigEndian(quint64(sentUs), b + kEchoSentAt);
        return d;
    }
    // STUN Binding request (RFC 5389) filled to size by a SOFTWARE attribute, then a FINGERPRINT
    // (some servers insist on one). Not RFC 5780's PADDING: coturn 4.6 answers a padded request
    // with a response padded to 1500 bytes (measured in the lab: 1604 bytes for 172), which
    // would make the call's return path 640 kbit/s. SOFTWARE is comprehension-optional and not
    // echoed; it must stay below 128 characters, so 2-byte UTF-8 dots fill the 140 bytes.
    const int fingerprintAt = kPacketBytes - kFingerprintBytes;
    qToBigEndian(quint16(0x0001), b);
    qToBigEndian(quint16(kPacketBytes - kStunHeader), b + 2);
    qToBigEndian(kMagicCookie, b + 4);
    std::copy(m_session.cbegin(), m_session.cbegin() + kStunSessionBytes, d.begin() + 8);
    qToBigEndian(quint32(seq), b + 16);
    const int softwareBytes = fingerprintAt - kStunHeader - 4; // 140
    qToBigEndian(kSoftwareAttribute, b + kStunHeader);
    qToBigEndian(quint16(softwareBytes), b + kStunHeader + 2);
    QByteArray software("easyuc-diag call test ");
    while (software.size() + 2 <= softwareBytes)
        software += "\xc2\xb7"; // U+00B7 MIDDLE DOT
    software = software.leftJustified(softwareBytes, ' ');
    std::copy(software.cbegin(), software.cend(), d.begin() + kStunHeader + 4);
    qToBigEndian(kFingerprintAttribute, b + fingerprintAt);
    qToBigEndian(quint16(4), b + fingerprintAt + 2);
    qToBigEndian(crc32(d.constData(), fingerprintAt) ^ kFingerprintXor, b + fingerprintAt + 4);
    return d;
}

void CallStreamProbe::sendOne()
{
    const int seq = m_next++;
    const qint64 sentUs = nowUs();
    m_packets[seq].sentUs = sentUs;
    if (m_socket->writeDatagram(datagramFor(seq, sentUs), m_address, m_port) < 0) {
        // Still a packet of the call: it is counted as lost when no answer comes.
        if (m_sendErrors++ == 0)
            m_sendError = m_socket->errorString();
    }
}

int CallStreamProbe::sequenceOf(const QByteArray& a) const
{
    const auto* b = reinterpret_cast<const uchar*>(a.constData());
    if (m_mode == Mode::Echo) {
        if (a.size() != kPacketBytes || b[0] != 0x80 || qFromBigEndian<quint32>(b + 8) != m_ssrc ||
            a.mid(kEchoSessionAt, kSessionBytes) != m_session)
            return -1;
        const quint32 seq = qFromBigEndian<quint32>(b + kEchoSeqAt);
        if (seq >= quint32(m_next))
            return -1;
        // The send time inside must be the one recorded: a mangled copy proves nothing.
        if (qint64(qFromBigEndian<quint64>(b + kEchoSentAt)) != m_packets.at(int(seq)).sentUs)
            return -1;
        return int(seq);
    }
    // Any STUN response (success or error: a server that does not know PADDING may refuse it)
    // to one of our transactions proves the round trip.
    if (a.size() < kStunHeader || (b[0] & 0xc0) != 0 ||
        qFromBigEndian<quint32>(b + 4) != kMagicCookie)
        return -1;
    const quint16 type = qFromBigEndian<quint16>(b);
    if (type != 0x0101 && type != 0x0111)
        return -1;
    if (int(qFromBigEndian<quint16>(b + 2)) + kStunHeader != a.size())
        return -1;
    if (a.mid(8, kStunSessionBytes) != m_session.left(kStunSessionBytes))
        return -1;
    const quint32 seq = qFromBigEndian<quint32>(b + 16);
    return seq < quint32(m_next) ? int(seq) : -1;
}

void CallStreamProbe::onReadable()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram dg = m_socket->receiveDatagram(4096);
        if (!m_running)
            continue;
        const bool fromTarget =
            dg.isValid() && dg.senderPort() == m_port &&
            dg.senderAddress().isEqual(m_address, QHostAddress::ConvertV4MappedToIPv4);
        const int seq = fromTarget ? sequenceOf(dg.data()) : -1;
        if (seq < 0) {
            ++m_ignored;
            continue;
        }
        onAnswer(seq);
    }
}

void CallStreamProbe::onAnswer(int seq)
{
    Packet& p = m_packets[seq];
    const qint64 now = nowUs();
    if (p.answers++ > 0)
        return; // a duplicate: counted, never timed twice
    const qint64 rtt = now - p.sentUs;
    if (rtt > qint64(kLossTimeoutMs) * 1000)
        return; // too late for the call: stays lost (its window may be settled already)
    p.rttUs = rtt;
    p.arrival = m_arrivals++;
    p.reordered = seq < m_highestAnswered;
    m_highestAnswered = std::max(m_highestAnswered, seq);
    // RFC 3550 §6.4.1 interarrival jitter, J += (|D| − J) / 16, in order of arrival. D is the
    // change in transit time between consecutive answers; with an echo only the round trip can
    // be timed on one clock, so D is the difference of their round-trip times (both directions'
    // variation, where RFC 3550 measures the return path alone).
    if (m_lastRttUs >= 0)
        m_jitterMs += (std::abs(double(rtt - m_lastRttUs)) / 1000.0 - m_jitterMs) / 16.0;
    m_lastRttUs = rtt;
    p.jitterMs = m_jitterMs;
    if (m_next == m_total && m_settle->isActive()) {
        const bool all = std::all_of(m_packets.cbegin(), m_packets.cbegin() + m_next,
                                     [](const Packet& x) { return x.rttUs >= 0; });
        if (all)
            QTimer::singleShot(0, this, &CallStreamProbe::conclude);
    }
}

bool CallStreamProbe::settled(int seq, qint64 now) const
{
    const Packet& p = m_packets.at(seq);
    return p.sentUs >= 0 && (p.rttUs >= 0 || now - p.sentUs > qint64(kLossTimeoutMs) * 1000);
}

void CallStreamProbe::conclude()
{
    if (!m_running)
        return;
    m_pacer->stop();
    m_settle->stop();
    m_running = false; // from here on every packet sent is settled
    const CallTestResult r = result();
    abort();
    Q_EMIT finished(r);
}

CallTestResult CallStreamProbe::result() const
{
    CallTestResult r;
    r.ran = true;
    r.durationS = m_seconds;
    r.packetBytes = kPacketBytes;
    r.target = formatEndpoint(m_address, m_port);
    r.targetKind = m_mode == Mode::Echo ? QStringLiteral("reflector") : QStringLiteral("stun");
    r.packetsSent = m_next;
    if (m_next == 0 && !m_sendError.isEmpty())
        r.error = m_sendError;
    else if (m_sendErrors > 0)
        r.error = QStringLiteral("%1 of %2 packets could not be sent: %3")
                      .arg(m_sendErrors)
                      .arg(m_next)
                      .arg(m_sendError);
    // Only the packets whose answer window is over count (a prefix in send order): one still in
    // flight is neither answered nor lost. Once the stream concluded, every packet sent is.
    const qint64 horizon = m_running ? nowUs() : std::numeric_limits<qint64>::max() / 2;
    int settledCount = 0;
    while (settledCount < m_next && settled(settledCount, horizon))
        ++settledCount;
    QList<bool> lost;
    QList<double> rtts;
    lost.reserve(settledCount);
    for (int i = 0; i < settledCount; ++i) {
        const Packet& p = m_packets.at(i);
        lost.append(p.rttUs < 0);
        if (p.rttUs >= 0) {
            rtts.append(double(p.rttUs) / 1000.0);
            ++r.packetsReceived;
            r.reordered += p.reordered ? 1 : 0;
        }
        r.duplicates += std::max(0, p.answers - 1);
    }
    r.packetsLost = settledCount - r.packetsReceived;
    // Per-second windows: only complete ones, each of the packets sent in that second.
    double jitterSum = 0;
    for (int w = 0; (w + 1) * kPacketsPerSecond <= settledCount; ++w) {
        CallTestSecond s;
        s.t = w + 1;
        const int from = w * kPacketsPerSecond, to = from + kPacketsPerSecond;
        QList<double> windowRtts;
        int lastArrival = -1;
        for (int i = from; i < to; ++i) {
            const Packet& p = m_packets.at(i);
            ++s.sent;
            s.duplicates += std::max(0, p.answers - 1);
            if (p.rttUs < 0)
                continue;
            ++s.received;
            s.reordered += p.reordered ? 1 : 0;
            windowRtts.append(double(p.rttUs) / 1000.0);
            if (p.arrival > lastArrival) {
                lastArrival = p.arrival;
                s.jitterMs = p.jitterMs;
            }
        }
        s.rttMs = median(windowRtts);
        s.lossPct = 100.0 * (s.sent - s.received) / s.sent;
        s.burstLoss = longestRun(lost, from, to);
        if (s.jitterMs >= 0) {
            r.jitterMs = std::max(r.jitterMs, s.jitterMs);
            jitterSum += s.jitterMs;
        }
        r.series.append(s);
    }
    int jitterSeconds = 0;
    for (const CallTestSecond& s : r.series)
        jitterSeconds += s.jitterMs >= 0 ? 1 : 0;
    // A call shorter than a full second of answers still has the running value.
    if (jitterSeconds == 0 && rtts.size() > 1)
        r.jitterMs = m_jitterMs;
    r.meanJitterMs = jitterSeconds > 0 ? jitterSum / jitterSeconds : r.jitterMs;
    r.rttMs = median(rtts);
    if (settledCount > 0) {
        r.lossPct = 100.0 * r.packetsLost / settledCount;
        r.maxBurstLoss = longestRun(lost, 0, settledCount);
        r.worstBurstLossPct = worstWindowLossPct(lost, kPacketsPerSecond / 5); // 200 ms
        r.worstLoss15sPct = worstWindowLossPct(lost, 15 * kPacketsPerSecond);
    }
    if (r.packetsReceived > 0) {
        r.reorderPct = 100.0 * r.reordered / r.packetsReceived;
        r.burstRatio = burstRatio(lost);
        const EModelScore score =
            scoreCall({r.rttMs, std::max(0.0, r.meanJitterMs), r.lossPct, r.burstRatio});
        r.effectiveLatencyMs = score.effectiveLatencyMs;
        r.rFactor = score.rFactor;
        r.mos = score.mos;
    }
    return r;
}

} // namespace easyuc
