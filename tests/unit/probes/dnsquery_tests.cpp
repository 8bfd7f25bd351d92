// One DNS server asked directly: the wire format, and a loopback UDP server that answers,
// says NXDOMAIN, or stays silent (a bounded error).
#include "core/probes/dnsquery.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {
// Answers each query: A → 192.0.2.7, AAAA → 2001:db8::7 (or NXDOMAIN, or nothing at all).
class FakeDnsServer : public QObject
{
public:
    enum class Mode
    {
        Answer,
        NxDomain,
        Silent
    };
    explicit FakeDnsServer(Mode mode, QByteArray v4 = QByteArray("\xc0\x00\x02\x07", 4))
        : m_mode(mode), m_v4(std::move(v4))
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { serve(); });
    }
    quint16 port() const { return m_socket.localPort(); }
    int queries = 0;

private:
    void serve()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray q(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
            q.truncate(int(m_socket.readDatagram(q.data(), q.size(), &from, &port)));
            ++queries;
            if (m_mode == Mode::Silent || q.size() < 12)
                continue;
            const quint16 type = qFromBigEndian<quint16>(
                reinterpret_cast<const uchar*>(q.constData()) + q.size() - 4);
            QByteArray a = q;
            a[2] = char(0x81);
            a[3] = char(m_mode == Mode::NxDomain ? 0x83 : 0x80);
            if (m_mode == Mode::Answer) {
                a[7] = 1; // ANCOUNT 1
                const QByteArray rdata =
                    type == 1 ? m_v4 : QByteArray("\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x07", 16);
                a += QByteArray("\xc0\x0c", 2); // the name: a pointer to the question
                a += char(0);
                a += char(type);
                a += QByteArray("\x00\x01\x00\x00\x00\x3c", 6); // IN, TTL 60
                a += char(0);
                a += char(rdata.size());
                a += rdata;
            }
            m_socket.writeDatagram(a, from, port);
        }
    }
    QUdpSocket m_socket;
    Mode m_mode;
    QByteArray m_v4;
};

DnsServerAnswer ask(quint16 port, const QString& name, int timeoutMs, qint64* elapsed = nullptr)
{
    DnsServerQuery query;
    QSignalSpy spy(&query, &DnsServerQuery::finished);
    QElapsedTimer clock;
    clock.start();
    query.start(QHostAddress(QHostAddress::LocalHost), port, name, timeoutMs);
    EXPECT_TRUE(spy.wait(timeoutMs + 3000));
    if (elapsed)
        *elapsed = clock.elapsed();
    EXPECT_EQ(spy.count(), 1);
    return spy.isEmpty() ? DnsServerAnswer() : spy.first().first().value<DnsServerAnswer>();
}
} // namespace

TEST(DnsServerQuery, EncodesARecursiveQuery)
{
    const QByteArray q = DnsServerQuery::encodeQuery(0x1234, QStringLiteral("pbx.example.com"), 28);
    ASSERT_EQ(q.size(), 12 + 17 + 4);
    EXPECT_EQ(q.left(4), QByteArray("\x12\x34\x01\x00", 4));
    EXPECT_EQ(q.mid(12, 17), QByteArray("\x03pbx\x07"
                                        "example\x03"
                                        "com\x00",
                                        17));
    EXPECT_EQ(q.right(4), QByteArray("\x00\x1c\x00\x01", 4));
    EXPECT_TRUE(
        DnsServerQuery::encodeQuery(1, QString(64, QLatin1Char('a')) + QStringLiteral(".com"), 1)
            .isEmpty());
}

TEST(DnsServerQuery, ParsingRejectsWhatIsNotAnAnswer)
{
    int rcode = -1;
    QList<QHostAddress> found;
    QString error;
    EXPECT_FALSE(DnsServerQuery::parseAnswer(QByteArray("\x12"), 0x1234, &rcode, &found, &error));
    EXPECT_FALSE(error.isEmpty());
    const QByteArray query = DnsServerQuery::encodeQuery(0x1234, QStringLiteral("a.b"), 1);
    error.clear();
    EXPECT_FALSE(DnsServerQuery::parseAnswer(query, 0x1234, &rcode, &found, &error));
    EXPECT_EQ(error, QStringLiteral("a query, not an answer"));
    error.clear();
    EXPECT_FALSE(DnsServerQuery::parseAnswer(query, 0x9999, &rcode, &found, &error));
    EXPECT_TRUE(error.isEmpty()) << "another query's id is not this one's error";
    // An answer whose record runs past the end keeps nothing of it.
    QByteArray cut = query;
    cut[2] = char(0x81);
    cut[3] = char(0x80);
    cut[7] = 1;
    cut += QByteArray("\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\xc0", 13);
    EXPECT_TRUE(DnsServerQuery::parseAnswer(cut, 0x1234, &rcode, &found, &error));
    EXPECT_EQ(rcode, 0);
    EXPECT_TRUE(found.isEmpty());
}

TEST(DnsServerQuery, AnAnsweringServerGivesBothFamiliesAndItsTime)
{
    qRegisterMetaType<easyuc::DnsServerAnswer>();
    FakeDnsServer server(FakeDnsServer::Mode::Answer);
    const DnsServerAnswer a = ask(server.port(), QStringLiteral("pbx.example.com"), 2000);
    EXPECT_TRUE(a.error.isEmpty()) << a.error.toStdString();
    ASSERT_EQ(a.addresses.size(), 2);
    EXPECT_EQ(a.addresses.at(0).toString(), QStringLiteral("192.0.2.7"));
    EXPECT_EQ(a.addresses.at(1).toString(), QStringLiteral("2001:db8::7"));
    EXPECT_GE(a.answerMs, 0);
    EXPECT_EQ(a.server, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    EXPECT_EQ(server.queries, 2);
}

TEST(DnsServerQuery, NxDomainIsTheServersWord)
{
    FakeDnsServer server(FakeDnsServer::Mode::NxDomain);
    const DnsServerAnswer a = ask(server.port(), QStringLiteral("pbx.example.com"), 2000);
    EXPECT_EQ(a.error, QStringLiteral("NXDOMAIN"));
    EXPECT_TRUE(a.addresses.isEmpty());
}

TEST(DnsServerQuery, ASilentServerEndsAtItsBudget)
{
    FakeDnsServer server(FakeDnsServer::Mode::Silent);
    qint64 elapsed = 0;
    const DnsServerAnswer a = ask(server.port(), QStringLiteral("pbx.example.com"), 300, &elapsed);
    EXPECT_EQ(a.error, QStringLiteral("no answer within 300 ms"));
    EXPECT_EQ(a.answerMs, -1);
    EXPECT_GE(elapsed, 250);
    EXPECT_LT(elapsed, 2000);
}
