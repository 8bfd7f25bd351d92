// The command line of easyuc-reflector: parsing and the man-page style help.
#include "reflector.h"

#include <QCoreApplication>

namespace easyuc::reflector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reflector)
};
} // namespace

bool parseReflectorArguments(const QStringList& arguments, ReflectorConfig* config,
                             ReflectorAction* action, QString* error)
{
    *action = ReflectorAction{};
    // name -> value, in order; the configuration file first so that options override it.
    QList<QPair<QString, QString>> settings;
    QString configPath;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QStringLiteral("-h") || arg == QStringLiteral("--help")) {
            action->help = true;
            return true;
        }
        if (arg == QStringLiteral("-V") || arg == QStringLiteral("--version")) {
            action->version = true;
            return true;
        }
        if (arg == QStringLiteral("-v") || arg == QStringLiteral("--verbose")) {
            settings.append({QStringLiteral("verbose"), QStringLiteral("yes")});
            continue;
        }
        if (arg == QStringLiteral("--nft-rules")) {
            action->nftRules = true;
            continue;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? arg.left(eq) : arg;
        if (!name.startsWith(QStringLiteral("--")) || name.size() < 3) {
            *error = Tr::tr("Unknown option %1 (see --help).").arg(name);
            return false;
        }
        QString value;
        if (eq > 0) {
            value = arg.mid(eq + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *error = Tr::tr("Option %1 needs a value.").arg(name);
            return false;
        }
        if (name == QStringLiteral("--config"))
            configPath = value;
        else
            settings.append({name.mid(2), value});
    }
    if (!configPath.isEmpty() && !loadReflectorConfig(configPath, config, error))
        return false;
    for (const auto& [key, value] : settings) {
        if (!isReflectorSetting(key)) {
            *error = Tr::tr("Unknown option --%1 (see --help).").arg(key);
            return false;
        }
        if (!applyReflectorSetting(key, value, config, error))
            return false;
    }
    *error = reflectorConfigProblem(*config);
    return error->isEmpty();
}

QString reflectorHelpText()
{
    return Tr::tr(
        "NAME\n"
        "    easyuc-reflector - echo service for the easyuc-diag network test\n"
        "\n"
        "SYNOPSIS\n"
        "    easyuc-reflector [--config FILE] [--address ADDR] [--sip-port PORT]\n"
        "                     [--udp-ports FIRST-LAST|none] [--udp-mode sockets|redirect]\n"
        "                     [--rate N] [--burst N] [--max-sources N] [--verbose]\n"
        "    easyuc-reflector [--config FILE] --nft-rules\n"
        "    easyuc-reflector --help | --version\n"
        "\n"
        "DESCRIPTION\n"
        "    Deployed next to a PBX, the reflector lets easyuc-diag prove what a customer's\n"
        "    network does to voice traffic instead of reporting it as \"not proven\".\n"
        "\n"
        "    UDP echo: every datagram that reaches a port of the echo range is sent back to its\n"
        "    sender. A STUN Binding request (RFC 5389) is answered with a Binding success\n"
        "    response carrying XOR-MAPPED-ADDRESS (the address the reflector saw) when the\n"
        "    request is large enough to hold it (pad it with a PADDING attribute); otherwise it\n"
        "    is echoed as it came. This proves that RTP ports are open end to end.\n"
        "\n"
        "    SIP: an OPTIONS request over UDP or TCP to the SIP port is answered with\n"
        "    \"SIP/2.0 200 OK\" whose body (Content-Type: message/sipfrag) is the request's\n"
        "    start line and headers exactly as they arrived; the top Via gets received= and\n"
        "    rport=. The client compares them with what it sent: a SIP ALG that rewrote Via or\n"
        "    Contact is caught in the act. A request smaller than the answer would be gets a\n"
        "    short \"400 Too Small To Echo\" instead: pad the request with a body. Other SIP\n"
        "    methods are not answered.\n"
        "\n"
        "OPTIONS\n"
        "    --config FILE         read settings from FILE (lines \"key = value\", keys named as\n"
        "                          the options below without \"--\", '#' starts a comment);\n"
        "                          options given on the command line override it. The service\n"
        "                          reads /etc/easyuc-reflector.conf\n"
        "    --address ADDR        listen on this local address (default: every IPv4 address)\n"
        "    --sip-port PORT       SIP port, UDP and TCP (default 5060; 0 turns SIP off)\n"
        "    --udp-ports A-B       UDP echo range (default 16384-32768; \"none\" turns it off).\n"
        "                          One socket per port: mind the open-file limit, which the\n"
        "                          reflector raises to its hard limit\n"
        "    --udp-mode MODE       sockets (default): one socket per port of the range;\n"
        "                          redirect: one socket on the first port, the rest of the\n"
        "                          range redirected to it by nftables (see --nft-rules)\n"
        "    --nft-rules           print the nftables rules that redirect mode needs and exit\n"
        "                          (nothing in sockets mode); install them as root with\n"
        "                          \"easyuc-reflector --config FILE --nft-rules | nft -f -\"\n"
        "    --rate N              messages per second allowed per source address (default 60;\n"
        "                          a call test sends 50)\n"
        "    --burst N             messages a source may send at once (default 100)\n"
        "    --max-sources N       sources tracked at once; new ones are refused when the table\n"
        "                          is full of active sources (default 4096)\n"
        "    -v, --verbose         log every answer on standard error\n"
        "    -h, --help            show this text\n"
        "    -V, --version         show the version\n"
        "\n"
        "REDIRECT MODE\n"
        "    16,385 sockets cost memory and start time. With udp-mode redirect the reflector\n"
        "    opens one socket and nftables redirects the range to it; conntrack restores the\n"
        "    original port on every answer, so the client sees it come from the port it tested.\n"
        "    The rules also copy each datagram's original destination port into its packet\n"
        "    mark (Linux 5.19 or later hands it to the reflector): a datagram without that mark\n"
        "    gets no answer, because the reflector could not say which port it proves.\n"
        "\n"
        "EXAMPLES\n"
        "    Next to the PBX, on a public address of its own:\n"
        "        easyuc-reflector --address 198.51.100.11\n"
        "    SIP only, on another port:\n"
        "        easyuc-reflector --sip-port 5062 --udp-ports none\n"
        "    Then point the easyuc-diag profile at it:\n"
        "        \"sip\":   { \"reflector\": \"198.51.100.11:5060\" },\n"
        "        \"rules\": { \"rtp\": { \"reflector\": \"198.51.100.11\" } }\n"
        "\n"
        "SECURITY\n"
        "    The reflector never sends more bytes than it received (no amplification): echoes\n"
        "    have the size of the datagram, STUN and SIP answers are sent only when they fit in\n"
        "    the request, and over TCP a connection is never sent more than it sent. Every\n"
        "    source address has a token bucket (--rate, --burst); datagrams larger than 4096\n"
        "    bytes, datagrams from privileged source ports (below 1024: echo, DNS, NTP…) and\n"
        "    requests it cannot frame are dropped; TCP connections are limited in number (64,\n"
        "    4 per source), size (16 KiB of unanswered bytes) and idle time (10 s). It keeps\n"
        "    no state but these counters and stores nothing it receives. Run it as an\n"
        "    unprivileged user (grant CAP_NET_BIND_SERVICE only if the SIP port is below 1024)\n"
        "    and expose it only where the diagnostic needs it.\n");
}

} // namespace easyuc::reflector
