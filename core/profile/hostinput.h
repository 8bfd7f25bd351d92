#pragma once

#include <QString>

namespace easyuc {

// What was made of a PBX address as a person typed or pasted it.
struct HostInput
{
    QString host;  // the host name or address to use ("centrale.example.it"); empty on error
    QString note;  // one translated line saying what was taken, when it differs from the input
    QString error; // one translated line when nothing usable was found
    bool isAddress = false; // an IP address rather than a name
    bool ok() const { return error.isEmpty() && !host.isEmpty(); }
};

// Turns what people paste into a host: "https://centrale.example.it/", "centrale.example.it:7443",
// "Centrale.Example.IT.", " centrale.example.it " all give "centrale.example.it";
// "[2001:db8::1]:443" gives "2001:db8::1". Used by the CLI (--pbx) and the GUI's PBX field. Empty
// input gives an empty host and no error.
HostInput normaliseHostInput(const QString& typed);

} // namespace easyuc
