#include "profile.h"

#include "../engine/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Walks the JSON tree with the current key path, so every error can name its key.
class Reader
{
public:
    Reader(QString file, ProfileError* error) : m_file(std::move(file)), m_error(error) {}

    bool fail(const QString& key, const QString& message)
    {
        if (m_error)
            *m_error = {m_file, key, message};
        return false;
    }

    static QString join(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }

    // Rejects keys not listed in `allowed`.
    bool onlyKeys(const QJsonObject& obj, const QString& path, const QStringList& allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()), Tr::tr("unknown key (allowed here: %1)")
                                                      .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool object(const QJsonValue& v, const QString& path, QJsonObject* out)
    {
        if (!v.isObject())
            return fail(path, Tr::tr("expected an object, found %1").arg(typeName(v)));
        *out = v.toObject();
        return true;
    }

    bool string(const QJsonValue& v, const QString& path, QString* out)
    {
        if (!v.isString())
            return fail(path, Tr::tr("expected a string, found %1").arg(typeName(v)));
        *out = v.toString();
        return true;
    }

    bool boolean(const QJsonValue& v, const QString& path, bool* out)
    {
        if (!v.isBool())
            return fail(path, Tr::tr("expected true or false, found %1").arg(typeName(v)));
        *out = v.toBool();
        return true;
    }

    bool integer(const QJsonValue& v, const QString& path, int min, int max, int* out)
    {
        if (!v.isDouble())
            return fail(path, Tr::tr("expected a whole number, found %1").arg(typeName(v)));
        const double d = v.toDouble();
        if (d != std::floor(d))
            return fail(path, Tr::tr("expected a whole number, found %1").arg(d));
        if (d < min || d > max)
            return fail(path, Tr::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
        *out = int(d);
        return true;
    }

    bool port(const QJsonValue& v, const QString& path, quint16* out)
    {
        int p = 0;
        if (!integer(v, path, 1, 65535, &p))
            return false;
        *out = quint16(p);
        return true;
    }

    bool host(const QJsonValue& v, const QString& path, bool allowEmpty, QString* out)
    {
        QString h;
        if (!string(v, path, &h))
            return false;
        h = h.trimmed();
        if (h.isEmpty() && allowEmpty) {
            *out = h;
            return true;
        }
        if (!ProfileLoader::isValidHost(h))
            return fail(path, Tr::tr("\"%1\" is not a valid host name or IP address").arg(h));
        *out = h.toLower();
        return true;
    }

    // "host:port" (IPv6 as "[::1]:3478"), or {"host": …, "port": …}.
    bool endpoint(const QJsonValue& v, const QString& path, quint16 defaultPort, Endpoint* out)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!onlyKeys(o, path, {QStringLiteral("host"), QStringLiteral("port")}))
                return false;
            out->port = defaultPort;
            if (!o.contains(QStringLiteral("host")))
                return fail(join(path, QStringLiteral("host")), Tr::tr("missing"));
            if (!host(o.value(QStringLiteral("host")), join(path, QStringLiteral("host")), false,
                      &out->host))
                return false;
            if (o.contains(QStringLiteral("port")))
                return port(o.value(QStringLiteral("port")), join(path, QStringLiteral("port")),
                            &out->port);
            return true;
        }
        QString text;
        if (!string(v, path, &text))
            return false;
        static const QRegularExpression re(
            QStringLiteral(R"(^(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]\s]+))(?::(\d{1,5}))?$)"));
        const auto m = re.match(text.trimmed());
        if (!m.hasMatch())
            return fail(path, Tr::tr("\"%1\" is not host:port").arg(text));
        const QString h = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (!ProfileLoader::isValidHost(h))
            return fail(path, Tr::tr("\"%1\" is not a valid host name or IP address").arg(h));
        out->host = h.toLower();
        out->port = defaultPort;
        if (!m.captured(3).isEmpty()) {
            const int p = m.captured(3).toInt();
            if (p < 1 || p > 65535)
                return fail(path, Tr::tr("%1 is out of range (%2 to %3)").arg(p).arg(1).arg(65535));
            out->port = quint16(p);
        }
        return true;
    }

    bool optionalEndpoint(const QJsonValue& v, const QString& path, quint16 defaultPort,
                          std::optional<Endpoint>* out)
    {
        if (v.isNull()) {
            out->reset();
            return true;
        }
        Endpoint e;
        if (!endpoint(v, path, defaultPort, &e))
            return false;
        *out = e;
        return true;
    }

    bool array(const QJsonValue& v, const QString& path, QJsonArray* out)
    {
        if (!v.isArray())
            return fail(path, Tr::tr("expected a list, found %1").arg(typeName(v)));
        *out = v.toArray();
        return true;
    }

private:
    QString m_file;
    ProfileError* m_error;
};

QString at(const QString& path, int i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

bool parseRules(Reader& r, const QJsonObject& rules, Profile* p)
{
    const QString path = QStringLiteral("rules");
    if (!r.onlyKeys(rules, path,
                    {QStringLiteral("https"), QStringLiteral("webrtc"), QStringLiteral("rtp"),
                     QStringLiteral("webcti")}))
        return false;
    QJsonObject o;
    // Rules that hold only a port.
    const std::pair<QString, quint16*> portRules[] = {{QStringLiteral("https"), &p->httpsPort},
                                                      {QStringLiteral("webcti"), &p->webctiPort}};
    for (const auto& [name, target] : portRules) {
        if (!rules.contains(name))
            continue;
        const QString sub = Reader::join(path, name);
        if (!r.object(rules.value(name), sub, &o) || !r.onlyKeys(o, sub, {QStringLiteral("port")}))
            return false;
        if (o.contains(QStringLiteral("port")) &&
            !r.port(o.value(QStringLiteral("port")), Reader::join(sub, QStringLiteral("port")),
                    target))
            return false;
    }
    if (rules.contains(QStringLiteral("webrtc"))) {
        const QString sub = QStringLiteral("rules.webrtc");
        if (!r.object(rules.value(QStringLiteral("webrtc")), sub, &o) ||
            !r.onlyKeys(
                o, sub,
                {QStringLiteral("port"), QStringLiteral("path"), QStringLiteral("subprotocol")}))
            return false;
        if (o.contains(QStringLiteral("port")) &&
            !r.port(o.value(QStringLiteral("port")), sub + QStringLiteral(".port"), &p->webrtcPort))
            return false;
        if (o.contains(QStringLiteral("path"))) {
            if (!r.string(o.value(QStringLiteral("path")), sub + QStringLiteral(".path"),
                          &p->webrtcPath))
                return false;
            if (!p->webrtcPath.startsWith(QLatin1Char('/')) ||
                p->webrtcPath.contains(QLatin1Char(' ')))
                return r.fail(sub + QStringLiteral(".path"),
                              Tr::tr("must start with / and contain no spaces"));
        }
        if (o.contains(QStringLiteral("subprotocol"))) {
            if (!r.string(o.value(QStringLiteral("subprotocol")),
                          sub + QStringLiteral(".subprotocol"), &p->webrtcSubprotocol))
                return false;
            static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._-]+$"));
            if (!token.match(p->webrtcSubprotocol).hasMatch())
                return r.fail(sub + QStringLiteral(".subprotocol"),
                              Tr::tr("must be a single token such as \"sip\""));
        }
    }
    if (rules.contains(QStringLiteral("rtp"))) {
        const QString sub = QStringLiteral("rules.rtp");
        if (!r.object(rules.value(QStringLiteral("rtp")), sub, &o) ||
            !r.onlyKeys(o, sub,
                        {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("samples"),
                         QStringLiteral("reflector")}))
            return false;
        if (o.contains(QStringLiteral("first")) &&
            !r.port(o.value(QStringLiteral("first")), sub + QStringLiteral(".first"), &p->rtpFirst))
            return false;
        if (o.contains(QStringLiteral("last")) &&
            !r.port(o.value(QStringLiteral("last")), sub + QStringLiteral(".last"), &p->rtpLast))
            return false;
        if (p->rtpLast < p->rtpFirst)
            return r.fail(sub + QStringLiteral(".last"),
                          Tr::tr("must not be below rules.rtp.first (%1)").arg(p->rtpFirst));
        if (o.contains(QStringLiteral("samples")) &&
            !r.integer(o.value(QStringLiteral("samples")), sub + QStringLiteral(".samples"), 1, 64,
                       &p->rtpSamples))
            return false;
        if (o.contains(QStringLiteral("reflector")) &&
            !r.optionalEndpoint(o.value(QStringLiteral("reflector")),
                                sub + QStringLiteral(".reflector"), p->rtpFirst, &p->rtpReflector))
            return false;
    }
    return true;
}

bool parseTurn(Reader& r, const QJsonArray& list, Profile* p)
{
    p->turn.clear();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = at(QStringLiteral("turn"), i);
        QJsonObject o;
        if (!r.object(list.at(i), path, &o) ||
            !r.onlyKeys(
                o, path,
                {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("transport")}))
            return false;
        TurnServer t;
        if (!o.contains(QStringLiteral("host")))
            return r.fail(path + QStringLiteral(".host"), Tr::tr("missing"));
        if (!r.host(o.value(QStringLiteral("host")), path + QStringLiteral(".host"), false,
                    &t.host))
            return false;
        if (o.contains(QStringLiteral("transport"))) {
            QString tr;
            if (!r.string(o.value(QStringLiteral("transport")), path + QStringLiteral(".transport"),
                          &tr))
                return false;
            if (tr == QStringLiteral("udp"))
                t.transport = TurnTransport::Udp;
            else if (tr == QStringLiteral("tcp"))
                t.transport = TurnTransport::Tcp;
            else if (tr == QStringLiteral("tls"))
                t.transport = TurnTransport::Tls;
            else
                return r.fail(path + QStringLiteral(".transport"),
                              Tr::tr("\"%1\" is not one of udp, tcp, tls").arg(tr));
        }
        t.port = t.transport == TurnTransport::Tls ? 443 : 3478;
        if (o.contains(QStringLiteral("port")) &&
            !r.port(o.value(QStringLiteral("port")), path + QStringLiteral(".port"), &t.port))
            return false;
        p->turn.append(t);
    }
    return true;
}

bool parseRoot(Reader& r, const QJsonObject& root, Profile* p)
{
    if (!r.onlyKeys(root, QString(),
                    {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("pbx"),
                     QStringLiteral("timeouts"), QStringLiteral("rules"), QStringLiteral("domains"),
                     QStringLiteral("stun"), QStringLiteral("turn"),
                     QStringLiteral("turnCredentials"), QStringLiteral("sip"),
                     QStringLiteral("mtu"), QStringLiteral("trust"), QStringLiteral("severity")}))
        return false;
    if (!root.contains(QStringLiteral("schema")))
        return r.fail(QStringLiteral("schema"), Tr::tr("missing (this version reads schema 1)"));
    if (!r.integer(root.value(QStringLiteral("schema")), QStringLiteral("schema"), 1, 1,
                   &p->schema))
        return false;
    if (root.contains(QStringLiteral("name"))) {
        if (!r.string(root.value(QStringLiteral("name")), QStringLiteral("name"), &p->name))
            return false;
        if (p->name.trimmed().isEmpty() || p->name.size() > 200)
            return r.fail(QStringLiteral("name"), Tr::tr("must be 1 to 200 characters"));
    }
    if (root.contains(QStringLiteral("pbx")) &&
        !r.host(root.value(QStringLiteral("pbx")), QStringLiteral("pbx"), true, &p->pbx))
        return false;

    QJsonObject o;
    if (root.contains(QStringLiteral("timeouts"))) {
        if (!r.object(root.value(QStringLiteral("timeouts")), QStringLiteral("timeouts"), &o) ||
            !r.onlyKeys(o, QStringLiteral("timeouts"), {QStringLiteral("checkMs")}))
            return false;
        if (o.contains(QStringLiteral("checkMs")) &&
            !r.integer(o.value(QStringLiteral("checkMs")), QStringLiteral("timeouts.checkMs"), 500,
                       120000, &p->checkTimeoutMs))
            return false;
    }
    if (root.contains(QStringLiteral("rules"))) {
        if (!r.object(root.value(QStringLiteral("rules")), QStringLiteral("rules"), &o) ||
            !parseRules(r, o, p))
            return false;
    }
    QJsonArray list;
    if (root.contains(QStringLiteral("domains"))) {
        if (!r.array(root.value(QStringLiteral("domains")), QStringLiteral("domains"), &list))
            return false;
        if (list.isEmpty())
            return r.fail(QStringLiteral("domains"), Tr::tr("must list at least one domain"));
        p->domains.clear();
        for (int i = 0; i < list.size(); ++i) {
            QString d;
            if (!r.host(list.at(i), at(QStringLiteral("domains"), i), false, &d))
                return false;
            if (!p->domains.contains(d))
                p->domains.append(d);
        }
    }
    if (root.contains(QStringLiteral("stun"))) {
        if (!r.array(root.value(QStringLiteral("stun")), QStringLiteral("stun"), &list))
            return false;
        p->stun.clear();
        for (int i = 0; i < list.size(); ++i) {
            Endpoint e;
            if (!r.endpoint(list.at(i), at(QStringLiteral("stun"), i), 3478, &e))
                return false;
            p->stun.append(e);
        }
    }
    if (root.contains(QStringLiteral("turn"))) {
        if (!r.array(root.value(QStringLiteral("turn")), QStringLiteral("turn"), &list) ||
            !parseTurn(r, list, p))
            return false;
    }
    if (root.contains(QStringLiteral("turnCredentials"))) {
        const QJsonValue v = root.value(QStringLiteral("turnCredentials"));
        if (v.isNull()) {
            p->turnCredentials.reset();
        } else {
            const QString path = QStringLiteral("turnCredentials");
            if (!r.object(v, path, &o) ||
                !r.onlyKeys(o, path, {QStringLiteral("username"), QStringLiteral("password")}))
                return false;
            TurnCredentials c;
            if (!r.string(o.value(QStringLiteral("username")), path + QStringLiteral(".username"),
                          &c.username) ||
                !r.string(o.value(QStringLiteral("password")), path + QStringLiteral(".password"),
                          &c.password))
                return false;
            p->turnCredentials = c;
        }
    }
    if (root.contains(QStringLiteral("sip"))) {
        if (!r.object(root.value(QStringLiteral("sip")), QStringLiteral("sip"), &o) ||
            !r.onlyKeys(o, QStringLiteral("sip"),
                        {QStringLiteral("port"), QStringLiteral("reflector")}))
            return false;
        if (o.contains(QStringLiteral("port")) &&
            !r.port(o.value(QStringLiteral("port")), QStringLiteral("sip.port"), &p->sipPort))
            return false;
        if (o.contains(QStringLiteral("reflector")) &&
            !r.optionalEndpoint(o.value(QStringLiteral("reflector")),
                                QStringLiteral("sip.reflector"), 5060, &p->sipReflector))
            return false;
    }
    if (root.contains(QStringLiteral("mtu"))) {
        if (!r.object(root.value(QStringLiteral("mtu")), QStringLiteral("mtu"), &o) ||
            !r.onlyKeys(o, QStringLiteral("mtu"), {QStringLiteral("expected")}))
            return false;
        if (o.contains(QStringLiteral("expected")) &&
            !r.integer(o.value(QStringLiteral("expected")), QStringLiteral("mtu.expected"), 576,
                       9000, &p->mtuExpected))
            return false;
    }
    if (root.contains(QStringLiteral("trust"))) {
        const QString path = QStringLiteral("trust");
        if (!r.object(root.value(path), path, &o) ||
            !r.onlyKeys(o, path,
                        {QStringLiteral("reference"), QStringLiteral("system"),
                         QStringLiteral("requireSct")}))
            return false;
        const std::pair<QString, QString*> stores[] = {
            {QStringLiteral("reference"), &p->trustReference},
            {QStringLiteral("system"), &p->trustSystem}};
        for (const auto& [key, target] : stores) {
            if (!o.contains(key))
                continue;
            if (!r.string(o.value(key), Reader::join(path, key), target))
                return false;
            if (target->trimmed().isEmpty())
                return r.fail(Reader::join(path, key),
                              Tr::tr("must be \"builtin\", \"system\" or the path of a PEM file"));
        }
        if (o.contains(QStringLiteral("requireSct")) &&
            !r.boolean(o.value(QStringLiteral("requireSct")), QStringLiteral("trust.requireSct"),
                       &p->requireSct))
            return false;
    }
    if (root.contains(QStringLiteral("severity"))) {
        if (!r.object(root.value(QStringLiteral("severity")), QStringLiteral("severity"), &o))
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = Reader::join(QStringLiteral("severity"), it.key());
            if (!findRequirement(it.key()))
                return r.fail(path, Tr::tr("unknown requirement id"));
            QString level;
            if (!r.string(it.value(), path, &level))
                return false;
            if (level == QStringLiteral("required"))
                p->severity.insert(it.key(), Severity::Required);
            else if (level == QStringLiteral("advisory"))
                p->severity.insert(it.key(), Severity::Advisory);
            else
                return r.fail(path,
                              Tr::tr("\"%1\" is not \"required\" or \"advisory\"").arg(level));
        }
    }
    return true;
}

const QStringList kDefaultDomains = {
    QStringLiteral("nexiop.net"),     QStringLiteral("neximc.cloud"),
    QStringLiteral("nexivoip.it"),    QStringLiteral("myproxima.net"),
    QStringLiteral("myproxima.info"), QStringLiteral("myproxima.it")};

Profile builtInDefaults()
{
    Profile p;
    p.domains = kDefaultDomains;
    p.stun = {{QStringLiteral("global.stun.twilio.com"), 3478}};
    p.turn = {{QStringLiteral("global.turn.twilio.com"), 3478, TurnTransport::Udp},
              {QStringLiteral("global.turn.twilio.com"), 3478, TurnTransport::Tcp},
              {QStringLiteral("global.turn.twilio.com"), 443, TurnTransport::Tls}};
    return p;
}
} // namespace

QString turnTransportKey(TurnTransport transport)
{
    switch (transport) {
    case TurnTransport::Udp:
        return QStringLiteral("udp");
    case TurnTransport::Tcp:
        return QStringLiteral("tcp");
    case TurnTransport::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

QString ProfileError::toString() const
{
    if (key.isEmpty())
        return Tr::tr("%1: %2").arg(file, message);
    return Tr::tr("%1: key \"%2\": %3").arg(file, key, message);
}

QString ProfileLoader::defaultProfilePath()
{
    return QStringLiteral(":/profiles/proxima-easyuc.json");
}

bool ProfileLoader::isValidHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress addr;
    if (addr.setAddress(host))
        return true;
    // RFC 1123 labels; a trailing dot (absolute name) is accepted. All-numeric names that
    // are not valid addresses ("999.1.1.1") are rejected.
    static const QRegularExpression label(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
    QString h = host;
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    const QStringList labels = h.split(QLatin1Char('.'));
    bool allNumeric = true;
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch())
            return false;
        bool isNum = false;
        l.toInt(&isNum);
        allNumeric = allNumeric && isNum;
    }
    return !allNumeric;
}

bool ProfileLoader::loadFromJson(const QByteArray& json, const QString& sourceName,
                                 Profile* profile, ProfileError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        if (error)
            *error = {sourceName, QString(),
                      Tr::tr("invalid JSON at line %1, column %2: %3")
                          .arg(line)
                          .arg(column)
                          .arg(parseError.errorString())};
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = {sourceName, QString(), Tr::tr("the profile must be a JSON object")};
        return false;
    }
    Profile p = builtInDefaults();
    Reader reader(sourceName, error);
    if (!parseRoot(reader, doc.object(), &p))
        return false;
    p.sourcePath = sourceName;
    *profile = p;
    return true;
}

bool ProfileLoader::load(const QString& path, Profile* profile, ProfileError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {path, QString(), Tr::tr("cannot read the file: %1").arg(file.errorString())};
        return false;
    }
    // A profile is a few kilobytes; refuse anything absurd rather than parse it.
    constexpr qint64 kMaxProfileBytes = 1 << 20;
    if (file.size() > kMaxProfileBytes) {
        if (error)
            *error = {path, QString(), Tr::tr("the file is larger than 1 MiB")};
        return false;
    }
    return loadFromJson(file.read(kMaxProfileBytes + 1), path, profile, error);
}

} // namespace easyuc
