// What people paste into --pbx and the GUI's PBX field, and what is made of it.
#include "engine/catalogue.h"
#include "profile/hostinput.h"

#include <gtest/gtest.h>

using namespace easyuc;

TEST(HostInput, TakesTheHostOutOfWhatPeoplePaste)
{
    struct Row
    {
        const char* typed;
        const char* host;
        bool noted;
        bool address;
    };
    const Row table[] = {
        {"centrale.example.it", "centrale.example.it", false, false},
        {"https://centrale.example.it/", "centrale.example.it", true, false},
        {"HTTPS://Centrale.Example.IT/login?x=1#top", "centrale.example.it", true, false},
        {"centrale.example.it:7443", "centrale.example.it", true, false},
        {"wss://centrale.example.it:7443/ws", "centrale.example.it", true, false},
        {"centrale.example.it.", "centrale.example.it", true, false},
        {"centrale.example.it..", "centrale.example.it", true, false},
        {"  centrale.example.it  ", "centrale.example.it", false, false},
        {"\tcentrale.example.it\n", "centrale.example.it", false, false},
        {"admin@centrale.example.it", "centrale.example.it", true, false},
        {"198.51.100.10", "198.51.100.10", false, true},
        {"https://198.51.100.10:443/", "198.51.100.10", true, true},
        {"2001:db8::1", "2001:db8::1", false, true},
        {"[2001:db8::1]:7443", "2001:db8::1", true, true},
        {"https://[2001:DB8::1]/", "2001:db8::1", true, true},
    };
    for (const Row& row : table) {
        const HostInput in = normaliseHostInput(QString::fromUtf8(row.typed));
        EXPECT_TRUE(in.ok()) << row.typed << ": " << in.error.toStdString();
        EXPECT_EQ(in.host, QString::fromUtf8(row.host)) << row.typed;
        EXPECT_EQ(!in.note.isEmpty(), row.noted) << row.typed << ": " << in.note.toStdString();
        EXPECT_EQ(in.isAddress, row.address) << row.typed;
        if (row.noted) {
            EXPECT_TRUE(in.note.contains(QString::fromUtf8(row.host))) << in.note.toStdString();
        }
    }
}

TEST(HostInput, RefusesWhatIsNoHost)
{
    for (const char* typed :
         {"https://", "http:///path", ":7443", "pbx_1.example.com", "999.1.1.1", "-pbx.example.com",
          "pbx..example.com", "[::1", "a:b:c", "centrale .example.it", "bad host"}) {
        const HostInput in = normaliseHostInput(QString::fromUtf8(typed));
        EXPECT_FALSE(in.ok()) << typed << " gave " << in.host.toStdString();
        EXPECT_FALSE(in.error.isEmpty()) << typed;
    }
    const HostInput empty = normaliseHostInput(QStringLiteral("   "));
    EXPECT_TRUE(empty.host.isEmpty());
    EXPECT_TRUE(empty.error.isEmpty());
}

TEST(Catalogue, RequirementsAreNamedByIdOrNumber)
{
    EXPECT_EQ(requirementIdFor(QStringLiteral("R10")), QStringLiteral("firewall.sip-alg"));
    EXPECT_EQ(requirementIdFor(QStringLiteral("r10")), QStringLiteral("firewall.sip-alg"));
    EXPECT_EQ(requirementIdFor(QStringLiteral(" firewall.sip-alg ")),
              QStringLiteral("firewall.sip-alg"));
    EXPECT_EQ(requirementIdFor(QStringLiteral("R16")), QStringLiteral("system.clock"));
    for (const char* bad : {"R0", "R17", "R", "10", "Rx", "firewall"})
        EXPECT_TRUE(requirementIdFor(QString::fromLatin1(bad)).isEmpty()) << bad;
    const RequirementInfo* clock = findRequirement(QStringLiteral("system.clock"));
    ASSERT_TRUE(clock);
    EXPECT_EQ(clock->number, 16);
    EXPECT_EQ(clock->defaultSeverity, Severity::Required);
    EXPECT_TRUE(clock->dependsOn.isEmpty()); // a failed source never skips it
    EXPECT_TRUE(clock->runsAfter.contains(QStringLiteral("pbx.https")));
    EXPECT_TRUE(clock->runsAfter.contains(QStringLiteral("domains.reach")));
}
