#pragma once

// The system's socket-address headers (sockaddr_storage, sockaddr_in/in6, htons…), for code
// that exchanges addresses with C libraries such as libnice's STUN codec. The one place that
// knows where they live on each OS.
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif
