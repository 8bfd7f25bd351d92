#pragma once

// The client side of RFC 6455 without a socket: reading a server's frame headers and checking
// its answer to the upgrade. WebSocketProbe drives them; the fuzz targets call them directly.

#include "httpparser.h"

#include <QByteArray>
#include <QString>

namespace easyuc {

enum WsOpcode
{
    WsContinuation = 0x0,
    WsText = 0x1,
    WsBinary = 0x2,
    WsClose = 0x8,
    WsPing = 0x9,
    WsPong = 0xA
};

// The frame at the start of a buffer of server bytes (no extension negotiated, never masked).
struct WsFrameHeader
{
    enum class Status
    {
        NeedMore, // the header or the payload is not all here yet
        Complete, // header and payload are in the buffer
        Invalid,  // reserved bits or opcode, a masked or bad control frame: see problem
        TooLarge  // the frame, or the message it continues, is past the limit
    };
    Status status = Status::NeedMore;
    bool fin = false;
    int opcode = 0;
    int headerLength = 0;
    qsizetype payloadLength = 0;
    QString problem; // raw, for evidence
};

// Reads one frame header; `assembled` is the size of the fragmented message it may continue.
// The 64-bit length a peer announces is compared with `maxMessageBytes` before any use.
WsFrameHeader readWsFrameHeader(const QByteArray& buffer, qsizetype assembled, int maxMessageBytes);

// Sec-WebSocket-Accept for a Sec-WebSocket-Key (RFC 6455 §4.2.2).
QByteArray wsAcceptFor(const QByteArray& key);

// Why a complete 101 answer is not a valid handshake for `key` (raw, for evidence); empty when
// it is one. The subprotocol is checked by the caller.
QString wsUpgradeProblem(const HttpResponseHead& head, const QByteArray& key);

} // namespace easyuc
