// The Italian catalogue is complete and says numbers the way Italian does: every message
// finished, every placeholder kept, and the counted sentences agreeing with their number.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or each numerus form
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{context,
                                {},
                                xml.attributes().value(QStringLiteral("numerus")) == u"yes",
                                false,
                                {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.unfinished = type == u"unfinished";
            // vanished/obsolete entries are not shown to anyone
            const bool dead = type == u"vanished" || type == u"obsolete";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            if (!dead)
                messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

QString itTs()
{
    return QStringLiteral(EASYUC_TS_DIR "/easyuc-diag_it.ts");
}

// The placeholders of a text, sorted: "%1", "%L2", "%n" …
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST(ItalianCatalogue, EveryMessageIsFinishedAndNotEmpty)
{
    const QList<TsMessage> messages = readTs(itTs());
    ASSERT_GT(messages.size(), 300) << "cannot read " << qPrintable(itTs());
    for (const TsMessage& m : messages) {
        EXPECT_FALSE(m.unfinished)
            << "unfinished: [" << qPrintable(m.context) << "] " << qPrintable(m.source);
        // Italian has two plural forms: one, and everything else.
        EXPECT_EQ(m.forms.size(), m.numerus ? 2 : 1) << qPrintable(m.source);
        for (const QString& form : m.forms)
            EXPECT_FALSE(form.trimmed().isEmpty())
                << "empty: [" << qPrintable(m.context) << "] " << qPrintable(m.source);
    }
}

TEST(ItalianCatalogue, EveryTranslationKeepsThePlaceholdersOfItsSource)
{
    for (const TsMessage& m : readTs(itTs())) {
        for (int i = 0; i < m.forms.size(); ++i) {
            QStringList wanted = placeholders(m.source);
            QStringList got = placeholders(m.forms[i]);
            // The singular form may spell the one out ("l'unico certificato") instead of "%n".
            if (m.numerus && i == 0) {
                wanted.removeAll(QStringLiteral("n"));
                got.removeAll(QStringLiteral("n"));
            }
            EXPECT_EQ(got, wanted) << "[" << qPrintable(m.context) << "] " << qPrintable(m.source)
                                   << " → " << qPrintable(m.forms[i]);
        }
    }
}

TEST(ItalianCatalogue, CountedSentencesAgreeWithTheirNumber)
{
    QTranslator it;
    ASSERT_TRUE(it.load(QStringLiteral(":/i18n/easyuc-diag_it.qm")));
    const auto say = [&](const char* context, const char* source, int n = -1) {
        return it.translate(context, source, nullptr, n)
            .replace(QStringLiteral("%n"), QString::number(n));
    };
    // "tutti e 8 i certificati": the article agrees with the noun, whatever the number.
    EXPECT_EQ(say("easyuc::TlsInterceptionCheck",
                  "No interception: all %n certificate(s) are trusted by the public roots.", 8),
              QStringLiteral("Nessuna intercettazione: tutti e 8 i certificati sono riconosciuti "
                             "dalle autorità di certificazione pubbliche."));
    EXPECT_TRUE(say("easyuc::TlsInterceptionCheck",
                    "No interception: both certificates are trusted by the public roots.")
                    .contains(QStringLiteral("entrambi i certificati")));
    EXPECT_TRUE(say("easyuc::NatCheck",
                    "The router keeps the same public address and port (%1) towards both "
                    "destinations (endpoint-independent mapping).")
                    .contains(QStringLiteral("entrambe le destinazioni")));
    EXPECT_TRUE(say("easyuc::NatCheck",
                    "The router keeps the same public address and port (%1) towards all %n "
                    "destinations (endpoint-independent mapping).",
                    3)
                    .contains(QStringLiteral("tutte e 3 le destinazioni")));
    EXPECT_TRUE(say("easyuc::DomainsCheck", "All %n Proxima domain(s) answer over HTTPS.", 6)
                    .startsWith(QStringLiteral("Tutti e 6 i domini")));
    EXPECT_TRUE(say("easyuc::DomainsCheck", "All %n Proxima domain(s) answer over HTTPS.", 1)
                    .startsWith(QStringLiteral("1 dominio")));
    const char* rtp = "RTP path not proven: %n of %1 sampled ports gave no answer (%2). If they "
                      "are blocked, calls need the TURN relay (requirement 9) to carry audio.";
    EXPECT_TRUE(say("easyuc::RtpCheck", rtp, 1).contains(QStringLiteral("non ha risposto")));
    EXPECT_TRUE(say("easyuc::RtpCheck", rtp, 5).contains(QStringLiteral("non hanno risposto")));
    EXPECT_EQ(say("Report", "%n failed", 1), QStringLiteral("1 non superato"));
    EXPECT_EQ(say("Report", "%n failed", 3), QStringLiteral("3 non superati"));
}

TEST(ItalianCatalogue, OneWordPerStatusEverywhere)
{
    QTranslator it;
    ASSERT_TRUE(it.load(QStringLiteral(":/i18n/easyuc-diag_it.qm")));
    EXPECT_EQ(it.translate("Status", "OK"), QStringLiteral("OK"));
    EXPECT_EQ(it.translate("Status", "Warning"), QStringLiteral("Attenzione"));
    EXPECT_EQ(it.translate("Status", "Failed"), QStringLiteral("Non superato"));
    EXPECT_EQ(it.translate("Status", "Not run"), QStringLiteral("Non eseguito"));
    EXPECT_EQ(it.translate("Status", "Tool error"), QStringLiteral("Errore dello strumento"));
    // "Errore" alone would read as the tool's own error: no status or count says it (the
    // evidence table's "Error" field, the raw error code of a probe, may).
    for (const TsMessage& m : readTs(itTs())) {
        if (m.context == QStringLiteral("Evidence"))
            continue;
        for (const QString& form : m.forms)
            EXPECT_NE(form.trimmed(), QStringLiteral("Errore")) << qPrintable(m.source);
    }
}
