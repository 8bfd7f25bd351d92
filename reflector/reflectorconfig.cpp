// easyuc-reflector's settings: one vocabulary for the configuration file and the command line,
// and the nftables rules of redirect mode derived from them.
#include "reflector.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace easyuc::reflector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reflector)
};

bool number(const QString& text, double low, double high, double* out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < low || v > high)
        return false;
    *out = v;
    return true;
}

const QStringList& knownKeys()
{
    static const QStringList keys = {QStringLiteral("address"),     QStringLiteral("sip-port"),
                                     QStringLiteral("udp-ports"),   QStringLiteral("udp-mode"),
                                     QStringLiteral("rate"),        QStringLiteral("burst"),
                                     QStringLiteral("max-sources"), QStringLiteral("verbose")};
    return keys;
}
} // namespace

bool isReflectorSetting(const QString& key)
{
    return knownKeys().contains(key);
}

bool applyReflectorSetting(const QString& key, const QString& value, ReflectorConfig* config,
                           QString* error)
{
    double n = 0;
    if (key == QStringLiteral("address")) {
        if (!config->address.setAddress(value)) {
            *error = Tr::tr("\"%1\" is not an IP address.").arg(value);
            return false;
        }
    } else if (key == QStringLiteral("sip-port")) {
        if (!number(value, 0, 65535, &n)) {
            *error = Tr::tr("\"%1\" is not a port number.").arg(value);
            return false;
        }
        config->sip = n != 0;
        config->sipPort = quint16(n);
    } else if (key == QStringLiteral("udp-ports")) {
        if (value == QStringLiteral("none")) {
            config->echo = false;
            return true;
        }
        const QStringList range = value.split(QLatin1Char('-'));
        double first = 0;
        double last = 0;
        if (range.size() > 2 || !number(range.first(), 1, 65535, &first) ||
            !number(range.last(), first, 65535, &last)) {
            *error = Tr::tr("\"%1\" is not a port range such as 16384-32768.").arg(value);
            return false;
        }
        config->echo = true;
        config->firstEchoPort = quint16(first);
        config->lastEchoPort = quint16(last);
    } else if (key == QStringLiteral("udp-mode")) {
        if (value == QStringLiteral("sockets")) {
            config->echoMode = ReflectorConfig::EchoMode::Sockets;
        } else if (value == QStringLiteral("redirect")) {
            config->echoMode = ReflectorConfig::EchoMode::Redirect;
        } else {
            *error = Tr::tr("\"%1\" is not a UDP mode: use sockets or redirect.").arg(value);
            return false;
        }
    } else if (key == QStringLiteral("rate")) {
        if (!number(value, 0.1, 100000, &config->rate)) {
            *error = Tr::tr("\"%1\" is not a rate between 0.1 and 100000.").arg(value);
            return false;
        }
    } else if (key == QStringLiteral("burst") || key == QStringLiteral("max-sources")) {
        if (!number(value, 1, 1000000, &n)) {
            *error = Tr::tr("\"%1\" is not a count between 1 and 1000000.").arg(value);
            return false;
        }
        (key == QStringLiteral("burst") ? config->burst : config->maxSources) = int(n);
    } else if (key == QStringLiteral("verbose")) {
        if (value != QStringLiteral("yes") && value != QStringLiteral("no")) {
            *error = Tr::tr("\"%1\" is not yes or no.").arg(value);
            return false;
        }
        config->verbose = value == QStringLiteral("yes");
    } else {
        *error = Tr::tr("Unknown setting \"%1\" (known: %2).")
                     .arg(key, knownKeys().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool loadReflectorConfig(const QString& path, ReflectorConfig* config, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the configuration file %1: %2").arg(path, file.errorString());
        return false;
    }
    constexpr qint64 kMaxBytes = 64 * 1024; // a settings file, not a data file
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        *error = Tr::tr("%1: the configuration file is larger than 64 KiB.").arg(path);
        return false;
    }
    QSet<QString> seen;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("%1: expected \"key = value\", found \"%2\".").arg(where, line);
            return false;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (seen.contains(key)) {
            *error = Tr::tr("%1: \"%2\" is set twice.").arg(where, key);
            return false;
        }
        seen.insert(key);
        QString problem;
        if (!applyReflectorSetting(key, value, config, &problem)) {
            *error = Tr::tr("%1: %2").arg(where, problem);
            return false;
        }
    }
    return true;
}

QString reflectorConfigProblem(const ReflectorConfig& config)
{
    if (!config.sip && !config.echo)
        return Tr::tr("Nothing to do: SIP is off (sip-port 0) and so is the echo (udp-ports "
                      "none).");
    if (config.echo && config.echoMode == ReflectorConfig::EchoMode::Redirect) {
        if (config.firstEchoPort == 0)
            return Tr::tr("udp-mode redirect needs a fixed port range.");
        if (config.address.protocol() != QAbstractSocket::IPv4Protocol &&
            config.address != QHostAddress::AnyIPv4)
            return Tr::tr("udp-mode redirect works on IPv4 addresses only.");
        if (config.sip && config.sipPort >= config.firstEchoPort &&
            config.sipPort <= config.lastEchoPort)
            return Tr::tr("udp-mode redirect: the SIP port %1 must lie outside the UDP range.")
                .arg(config.sipPort);
    }
    return {};
}

QString reflectorNftRules(const ReflectorConfig& config)
{
    if (!config.echo || config.echoMode != ReflectorConfig::EchoMode::Redirect)
        return {};
    const bool any = config.address == QHostAddress::AnyIPv4;
    // Only datagrams addressed to this host: a PBX host that also routes must not have
    // forwarded traffic turned into echoes.
    const QString to = any ? QStringLiteral("fib daddr type local")
                           : QStringLiteral("ip daddr %1").arg(config.address.toString());
    const QString range =
        QStringLiteral("%1-%2").arg(config.firstEchoPort).arg(config.lastEchoPort);
    QString rules =
        QStringLiteral(
            "# easyuc-reflector, udp-mode = redirect: generated from its configuration.\n"
            "# Replaces the table ip easyuc_reflector as a whole and touches nothing else.\n"
            "table ip easyuc_reflector\n"
            "delete table ip easyuc_reflector\n"
            "table ip easyuc_reflector {\n"
            "\t# Every datagram (not only a flow's first) carries its original destination port "
            "in\n"
            "\t# its mark: the first 32 bits of the UDP header masked to the port, network order.\n"
            "\tchain original_port {\n"
            "\t\ttype filter hook prerouting priority mangle; policy accept;\n"
            "\t\t%1 udp dport %2 meta mark set @th,0,32 and 0xffff\n"
            "\t}\n")
            .arg(to, range);
    if (config.lastEchoPort > config.firstEchoPort) {
        const QString rest =
            QStringLiteral("%1-%2").arg(config.firstEchoPort + 1).arg(config.lastEchoPort);
        // Conntrack reverses the translation on the replies, so they leave from the port the
        // client sent to.
        const QString target = any ? QStringLiteral("redirect to :%1").arg(config.firstEchoPort)
                                   : QStringLiteral("dnat to %1:%2")
                                         .arg(config.address.toString())
                                         .arg(config.firstEchoPort);
        rules += QStringLiteral("\tchain to_first_port {\n"
                                "\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
                                "\t\t%1 udp dport %2 %3\n"
                                "\t}\n")
                     .arg(to, rest, target);
    }
    rules += QStringLiteral("}\n");
    return rules;
}

} // namespace easyuc::reflector
