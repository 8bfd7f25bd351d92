// One main for every suite: the Qt application object exists before any test runs.
#include "core/engine/hostprobe.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // No test asks a real DNS server: the host probe's direct queries go to none unless a test
    // names its own loopback server.
    easyuc::HostProbe::setDnsServersForTesting(QStringList{});
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
