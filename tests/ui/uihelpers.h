#pragma once

#include "mainwindow.h"

#include <QAbstractButton>
#include <QTranslator>
#include <functional>

namespace easyuc::test {

// Spins the event loop until `done` or the timeout; returns done().
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

// A translator that wraps every message in ⟦ ⟧: proves that a text was re-read through tr()
// after a language change, whatever the .ts files hold today.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

// Every text a person sees in the window, one string per widget or cell.
QStringList visibleTexts(const MainWindow& window);

// The options of a window that runs against the loopback servers of a test world whose
// profile is at `profilePath` (LoopbackWorld::profilePath()).
inline RunOptions optionsFor(const QString& profilePath)
{
    RunOptions o;
    o.profilePath = profilePath;
    return o;
}

} // namespace easyuc::test
