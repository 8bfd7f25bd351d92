// The UI suite's main: a QApplication (widgets need it) with settings kept in a throw-away folder.
#include "core/engine/hostprobe.h"

#include <QApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("easyuc-ui-tests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    // No test asks a real DNS server: the host probe's direct queries go to none unless a test
    // names its own loopback server.
    easyuc::HostProbe::setDnsServersForTesting(QStringList{});
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
