// TTL-limited probes where no implementation exists (the macOS seam): open() fails with a
// clear "not available", so the report says the path was not traced instead of guessing.
#include "core/platform/ttlprobesocket.h"

namespace easyuc {

struct TtlProbeSocket::Native
{
};

TtlProbeSocket::TtlProbeSocket(QObject* parent) : QObject(parent), m_native(new Native) {}

TtlProbeSocket::~TtlProbeSocket() = default;

bool TtlProbeSocket::open(const QHostAddress& target, int tagCount)
{
    m_target = target;
    m_tagCount = tagCount;
    m_error = QStringLiteral("tracing the path is not available on this system");
    return false;
}

void TtlProbeSocket::close() {}

bool TtlProbeSocket::isOpen() const
{
    return false;
}

bool TtlProbeSocket::send(quint16 tag, int ttl)
{
    Q_UNUSED(tag);
    Q_UNUSED(ttl);
    return false;
}

void TtlProbeSocket::onActivated() {}

} // namespace easyuc
