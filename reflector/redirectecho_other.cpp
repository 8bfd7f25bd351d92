// Redirect mode needs Linux (nftables marks, SO_RCVMARK): elsewhere it says so.
#include "redirectecho.h"

#include <QCoreApplication>
#include <QtEndian>

namespace easyuc::reflector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reflector)
};
} // namespace

RedirectEcho::RedirectEcho(Handler handler, int maxDatagram, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_maxDatagram(maxDatagram)
{
}

RedirectEcho::~RedirectEcho() = default;

bool RedirectEcho::open(const QHostAddress&, quint16, QString* error)
{
    *error = Tr::tr("udp-mode redirect needs Linux with nftables; use udp-mode = sockets.");
    return false;
}

void RedirectEcho::onReadable() {}

} // namespace easyuc::reflector
