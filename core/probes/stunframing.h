#pragma once

// Internal to the probes that build STUN messages with libnice (STUN, TURN): the shared last
// step. Includes libnice's STUN headers, so only .cpp files include it.

#include <QByteArray>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

namespace easyuc {

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
