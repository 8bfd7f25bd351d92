#include "pbxdnscheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "clockfacts.h"
#include "wording.h"

namespace easyuc {

PbxDnsCheck::PbxDnsCheck(QObject* parent) : Check(QStringLiteral("pbx.dns"), parent) {}

void PbxDnsCheck::run(RunContext& context)
{
    m_host = context.profile().pbx;
    if (isAddressLiteral(m_host)) {
        // Nothing to resolve; the checks after this one test the address itself.
        const QHostAddress address(
            m_host.startsWith(QLatin1Char('[')) ? m_host.mid(1, m_host.size() - 2) : m_host);
        context.setPbxAddresses({address});
        RequirementResult r;
        r.addEvidence(QStringLiteral("address"), address.toString());
        r.addEvidence(QStringLiteral("givenAs"), QStringLiteral("ip-address"));
        r.status = Status::Warn;
        r.summary = tr("The PBX was given as an IP address (%1), not by its name: Easy UC "
                       "connects to the PBX by name, and its certificate is issued for a name, "
                       "so that part could not be checked.")
                        .arg(address.toString());
        r.remediation = tr("Enter the PBX by its name (for example pbx.example.com), the one "
                           "configured in Easy UC, and run the test again.");
        finish(r);
        return;
    }
    m_probe = new DnsProbe(this);
    connect(m_probe, &DnsProbe::finished, this, [this](const DnsResult& dns) {
        RequirementResult r;
        r.addEvidence(QStringLiteral("name"), dns.host);
        r.addEvidence(QStringLiteral("dnsMs"), QString::number(dns.elapsedMs));
        if (dns.ok()) {
            QStringList list;
            for (const QHostAddress& a : dns.addresses)
                list.append(a.toString());
            r.status = Status::Pass;
            r.summary = tr("%1 resolves to %2.").arg(dns.host, list.join(QStringLiteral(", ")));
            for (const QString& a : list)
                r.addEvidence(QStringLiteral("address"), a);
            Check::context()->setPbxAddresses(dns.addresses);
        } else {
            r.status = Status::Fail;
            r.summary = describeDnsFailure(dns.host, dns.error);
            if (!dns.detail.isEmpty())
                r.addEvidence(QStringLiteral("detail"), dns.detail);
            r.remediation =
                tr("Check that the PBX address %1 is spelled correctly. If it is, this "
                   "computer's DNS server cannot find it: ask your network administrator to "
                   "check the DNS settings, or try another DNS server.")
                    .arg(dns.host);
        }
        finish(r);
    });
    reportProgress(tr("Looking up %1…").arg(m_host));
    m_probe->start(m_host, probeRemainingMs());
}

void PbxDnsCheck::abort()
{
    if (m_probe)
        m_probe->abort();
}

RequirementResult PbxDnsCheck::resultOnDeadline()
{
    RequirementResult r =
        makeResult(Status::Fail, describeDnsFailure(m_host, DnsResult::Error::Timeout));
    r.remediation = tr("The DNS server did not answer in time. Check the network connection and "
                       "the DNS settings of this computer or router.");
    return r;
}

} // namespace easyuc
