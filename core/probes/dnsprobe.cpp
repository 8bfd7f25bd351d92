#include "dnsprobe.h"

#include <QDateTime>
#include <QHostInfo>
#include <QTimer>

namespace easyuc {

DnsProbe::DnsProbe(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        DnsResult r;
        r.error = DnsResult::Error::Timeout;
        r.detail = QStringLiteral("no answer from the resolver");
        conclude(r);
    });
}

DnsProbe::~DnsProbe()
{
    abort();
}

void DnsProbe::start(const QString& host, int timeoutMs)
{
    abort();
    m_host = host;
    m_active = true;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        QTimer::singleShot(0, this, [this, literal] {
            DnsResult r;
            r.error = DnsResult::Error::None;
            r.addresses = {literal};
            conclude(r);
        });
        return;
    }
    m_timer->start(timeoutMs);
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        DnsResult r;
        switch (info.error()) {
        case QHostInfo::NoError:
            r.error = DnsResult::Error::None;
            break;
        case QHostInfo::HostNotFound:
            r.error = DnsResult::Error::NotFound;
            break;
        default:
            r.error = DnsResult::Error::Failed;
            break;
        }
        r.detail = info.error() == QHostInfo::NoError ? QString() : info.errorString();
        QList<QHostAddress> v4;
        QList<QHostAddress> v6;
        for (const QHostAddress& a : info.addresses())
            (a.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6).append(a);
        r.addresses = v4 + v6;
        if (r.error == DnsResult::Error::None && r.addresses.isEmpty()) {
            r.error = DnsResult::Error::NotFound;
            r.detail = QStringLiteral("no address records");
        }
        conclude(r);
    });
}

void DnsProbe::abort()
{
    m_timer->stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_active = false;
}

void DnsProbe::conclude(DnsResult result)
{
    if (!m_active)
        return;
    abort();
    result.host = m_host;
    result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    Q_EMIT finished(result);
}

} // namespace easyuc
