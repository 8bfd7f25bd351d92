#pragma once

// Internal to the probes that build STUN messages with libnice (STUN, TURN): the shared last
// step. Includes libnice's STUN headers, so only .cpp files include it.

#include <QByteArray>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

namespace easyuc {

// The 12-bit method of a validated message, read from its first two bytes. libnice's
// stun_message_get_method() returns it as a StunMethod, and a method past libnice's last
// enumerator (any 12-bit value can arrive) is not a valid value of that enum in C++.
inline int stunMethodOf(const StunMessage& msg)
{
    const int type = (msg.buffer[0] << 8) | msg.buffer[1];
    return ((type & 0x3e00) >> 2) | ((type & 0x00e0) >> 1) | (type & 0x000f);
}

// Finishes `msg` (built in `buffer`) with the agent, optionally keyed for MESSAGE-INTEGRITY:
// returns the wire bytes and sets *transactionId, or returns empty when libnice refused.
inline QByteArray finishStunMessage(StunAgent* agent, StunMessage* msg, QByteArray& buffer,
                                    const uint8_t* key, size_t keyLength, QByteArray* transactionId)
{
    const size_t len = stun_agent_finish_message(agent, msg, key, keyLength);
    if (len == 0)
        return {};
    StunTransactionId id;
    stun_message_id(msg, id);
    *transactionId = QByteArray(reinterpret_cast<const char*>(id), sizeof id);
    buffer.truncate(qsizetype(len));
    return buffer;
}

} // namespace easyuc
