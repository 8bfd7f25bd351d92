#include "detailspanel.h"

#include "lightwidget.h"
#include "pathview.h"
#include "probes/endpoint.h"
#include "report/evidencelabels.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace easyuc {

namespace {
QLabel* caption(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* body(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString endpointList(const QList<Endpoint>& endpoints)
{
    QStringList out;
    for (const Endpoint& e : endpoints)
        out.append(formatEndpoint(e.host, e.port));
    return out.join(QStringLiteral(", "));
}
} // namespace

DetailsPanel::DetailsPanel(QWidget* parent)
    : QWidget(parent), m_light(new LightWidget(this)), m_heading(new QLabel(this)),
      m_summary(body(this)), m_testedCaption(caption(this)), m_tested(body(this)),
      m_targetCaption(caption(this)), m_target(body(this)), m_todoBox(new QFrame(this)),
      m_todoCaption(caption(m_todoBox)), m_todo(body(m_todoBox)), m_evidenceCaption(caption(this)),
      m_evidence(new QTableWidget(0, 2, this)), m_path(new PathView(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    // "What to do" stands out: a framed box in the highlight colour's tint.
    m_todoBox->setObjectName(QStringLiteral("todoBox"));
    m_todoBox->setFrameShape(QFrame::StyledPanel);
    m_todoBox->setAutoFillBackground(true);
    auto* todoLayout = new QVBoxLayout(m_todoBox);
    todoLayout->addWidget(m_todoCaption);
    todoLayout->addWidget(m_todo);

    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidence->setWordWrap(true);
    m_evidence->verticalHeader()->hide();
    m_evidence->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_evidence->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_evidence->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidence->setAlternatingRowColors(true);
    m_evidenceCaption->setBuddy(m_evidence);

    auto* head = new QHBoxLayout;
    head->addWidget(m_light, 0, Qt::AlignTop);
    head->addWidget(m_heading, 1);

    auto* left = new QVBoxLayout;
    left->addLayout(head);
    left->addWidget(m_summary);
    left->addSpacing(4);
    // What to do first, right under the result: on a 1366×768 screen it must never be the
    // part that falls below the fold; what was tested and against what follow.
    left->addWidget(m_todoBox);
    left->addSpacing(4);
    left->addWidget(m_testedCaption);
    left->addWidget(m_tested);
    left->addWidget(m_targetCaption);
    left->addWidget(m_target);
    left->addSpacing(4);
    left->addWidget(m_path);
    left->addStretch(1);

    auto* right = new QVBoxLayout;
    right->addWidget(m_evidenceCaption);
    right->addWidget(m_evidence, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 5);
    layout->addSpacing(8);
    layout->addLayout(right, 4);

    retranslate();
    showNothing();
}

void DetailsPanel::setProfile(const Profile& profile)
{
    m_profile = profile;
    m_path->setPath(PathInfo());
    refresh();
}

void DetailsPanel::setPath(const PathInfo& path)
{
    m_path->setPath(path);
    refresh();
}

void DetailsPanel::showRequirement(const RequirementInfo& info, RowState state,
                                   const std::optional<RequirementResult>& result)
{
    m_info = info;
    m_state = state;
    m_result = result;
    refresh();
}

void DetailsPanel::showNothing()
{
    m_info.reset();
    m_result.reset();
    m_state = RowState::Idle;
    refresh();
}

QString DetailsPanel::remediationText() const
{
    return m_todo->text();
}

void DetailsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        QPalette p = m_todoBox->palette();
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(0.12);
        p.setColor(QPalette::Window, tint);
        m_todoBox->setPalette(p);
    }
}

void DetailsPanel::setRootCause(const std::optional<RootCause>& cause)
{
    m_rootCause = cause;
    refresh();
}

void DetailsPanel::retranslate()
{
    m_testedCaption->setText(tr("What was tested"));
    m_targetCaption->setText(tr("Against"));
    m_todoCaption->setText(tr("What to do"));
    m_evidenceCaption->setText(tr("&Evidence (what the network answered)"));
    m_evidence->setHorizontalHeaderLabels({tr("Fact"), tr("Value")});
    m_evidence->setAccessibleName(tr("Evidence"));
    m_todoBox->setAccessibleName(tr("What to do"));
    QPalette p = m_todoBox->palette();
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.12);
    p.setColor(QPalette::Window, tint);
    m_todoBox->setPalette(p);
    refresh();
}

void DetailsPanel::refresh()
{
    const bool any = m_info.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_testedCaption), static_cast<QWidget*>(m_tested),
                       static_cast<QWidget*>(m_targetCaption), static_cast<QWidget*>(m_target),
                       static_cast<QWidget*>(m_light)})
        w->setVisible(any);
    m_path->setVisible(
        any && m_path->path().ran &&
        (m_info->id == QLatin1String("pbx.rtp") || m_info->id == QLatin1String("media.quality")));
    m_evidence->setRowCount(0);
    if (!any) {
        m_heading->setText(tr("Select a requirement to see its details."));
        m_summary->setText(tr("Each row is one requirement of Easy UC; the light tells whether "
                              "this network meets it."));
        m_todo->setText(tr("Press Start (F5) to check this network."));
        return;
    }
    const RequirementInfo& info = *m_info;
    const bool done = m_state == RowState::Done && m_result;
    const Status status = done ? m_result->status : Status::Skipped;
    m_light->setState(m_state, status);
    m_heading->setText(tr("%1 · %2").arg(info.label(), info.title()));
    m_light->setSubject(m_heading->text());
    if (done)
        m_summary->setText(
            tr("%1 %2 — %3")
                .arg(statusGlyph(status), resultStatusWord(*m_result), m_result->summary));
    else if (m_state == RowState::Running)
        m_summary->setText(tr("Checking…"));
    else if (m_state == RowState::Waiting)
        m_summary->setText(tr("Waiting for its turn."));
    else
        m_summary->setText(tr("Not checked yet."));
    m_tested->setText(info.description());
    const QStringList where = targets(info);
    m_target->setText(where.join(QLatin1Char('\n')));

    if (!done)
        m_todo->setText(tr("The advice appears here when the check has finished."));
    else if (!m_result->remediation.isEmpty())
        m_todo->setText(m_result->remediation);
    else if (status == Status::Pass)
        m_todo->setText(tr("Nothing: this requirement is met."));
    else if (status == Status::Skipped)
        m_todo->setText(tr("This was not checked. If it depends on another requirement, fix that "
                           "one first, then run the diagnosis again."));
    else
        m_todo->setText(tr("Send the report (Report → Export) to your support contact."));

    if (done && m_rootCause &&
        (m_rootCause->failed.contains(info.id) || m_rootCause->unproven.contains(info.id) ||
         m_rootCause->notRun.contains(info.id)))
        m_todo->setText(tr("This follows from the cause shown at the top: %1\nFix that first: %2")
                            .arg(m_rootCause->summary, m_rootCause->action));

    if (!done)
        return;
    m_evidence->setRowCount(int(m_result->evidence.size()));
    for (int i = 0; i < m_result->evidence.size(); ++i) {
        const Evidence& e = m_result->evidence[i];
        // Values are raw network data: shown as plain text, never as markup.
        // A label for people; the raw key (as in the JSON) stays in the tooltip.
        auto* label = new QTableWidgetItem(evidenceLabel(e.key));
        label->setToolTip(e.key);
        m_evidence->setItem(i, 0, label);
        auto* value = new QTableWidgetItem(evidenceValue(e.key, e.value));
        value->setToolTip(e.value);
        m_evidence->setItem(i, 1, value);
    }
}

QStringList DetailsPanel::targets(const RequirementInfo& info) const
{
    const Profile& p = m_profile;
    const QString pbx = p.pbx.isEmpty() ? tr("(no PBX address given)") : p.pbx;
    const QString domains = p.domains.join(QStringLiteral(", "));
    const QString id = info.id;
    if (id == QStringLiteral("internet.access") || id == QStringLiteral("domains.reach"))
        return {tr("%1 (HTTPS, TCP %2)").arg(domains).arg(443)};
    if (id == QStringLiteral("pbx.dns") || id == QStringLiteral("firewall.mtu"))
        return {pbx};
    if (id == QStringLiteral("pbx.https"))
        return {tr("%1, TCP port %2").arg(pbx).arg(p.httpsPort)};
    if (id == QStringLiteral("pbx.webrtc"))
        return {tr("%1, TCP port %2 (secure WebSocket, subprotocol %3)")
                    .arg(pbx)
                    .arg(p.webrtcPort)
                    .arg(p.webrtcSubprotocol)};
    if (id == QStringLiteral("pbx.rtp"))
        return {tr("%1, UDP ports %2-%3 (%4 samples)")
                    .arg(pbx)
                    .arg(p.rtpFirst)
                    .arg(p.rtpLast)
                    .arg(p.rtpSamples)};
    if (id == QStringLiteral("pbx.webcti"))
        return {tr("%1, TCP port %2").arg(pbx).arg(p.webctiPort)};
    if (id == QStringLiteral("stun.binding") || id == QStringLiteral("media.quality") ||
        id == QStringLiteral("firewall.nat") || id == QStringLiteral("firewall.public-ip"))
        return {tr("STUN: %1").arg(endpointList(p.stun))};
    if (id == QStringLiteral("turn.reach")) {
        QStringList out;
        for (const TurnServer& t : p.turn)
            out.append(QStringLiteral("%1:%2/%3")
                           .arg(t.host)
                           .arg(t.port)
                           .arg(turnTransportKey(t.transport)));
        return {tr("TURN: %1").arg(out.join(QStringLiteral(", ")))};
    }
    if (id == QStringLiteral("firewall.sip-alg"))
        return {tr("%1, SIP port %2 (UDP and TCP)").arg(pbx).arg(p.sipPort)};
    if (id == QStringLiteral("system.clock"))
        return {
            tr("The Date of the HTTP answers from %1 and %2 (no extra traffic)").arg(pbx, domains)};
    if (id == QStringLiteral("tls.interception"))
        return {tr("%1, TCP ports %2 and %3").arg(pbx).arg(p.httpsPort).arg(p.webrtcPort),
                tr("%1 (TCP %2)").arg(domains).arg(443)};
    return {};
}

} // namespace easyuc
