#pragma once

#include "../profile/profile.h"

#include <QCommandLineParser>
#include <QStringList>

namespace easyuc {

// The options shared by the CLI and the GUI (DESIGN §5), parsed and validated.
struct RunOptions
{
    QString profilePath; // empty: the embedded default
    QString pbx;         // normalised (normaliseHostInput)
    QString pbxNote;     // what was taken from --pbx when it differs from what was typed
    QString lang;
    QStringList only;
    int timeoutMs = 0;       // 0: the profile's
    int callTestSeconds = 0; // --call-test: 0 (off) or 10-300
    bool verbose = false;

    // Adds the shared options to a parser.
    static void addTo(QCommandLineParser& parser);
    // Reads them back; false with a translated message on bad usage.
    static bool read(const QCommandLineParser& parser, RunOptions* options, QString* error);
    // Loads the profile and applies --pbx / --timeout-ms; false with an error on a bad profile
    // or a bad override.
    bool loadProfile(Profile* profile, QString* error) const;
};

} // namespace easyuc
