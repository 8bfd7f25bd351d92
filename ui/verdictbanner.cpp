#include "verdictbanner.h"

#include "lightwidget.h"
#include "report/verdictsummary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace easyuc {

VerdictBanner::VerdictBanner(QWidget* parent)
    : QWidget(parent), m_light(new LightWidget(this)), m_sentence(new QLabel(this)),
      m_detail(new QLabel(this)), m_note(new QLabel(this))
{
    m_light->setScale(2.6);
    m_light->setSubject(tr("Overall verdict"));
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_sentence->setFont(big);
    for (QLabel* l : {m_sentence, m_detail, m_note}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->hide();
    setAccessibleName(tr("Overall verdict"));

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_sentence);
    text->addWidget(m_detail);
    text->addWidget(m_note);
    auto* layout = new QHBoxLayout(this);
    const int pad = fontMetrics().height() / 2;
    layout->setContentsMargins(pad * 2, pad, pad * 2, pad);
    layout->setSpacing(pad * 2);
    layout->addWidget(m_light, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    render();
}

void VerdictBanner::showIdle()
{
    m_mode = Mode::Idle;
    render();
}

void VerdictBanner::showRunning(int done, int total)
{
    m_mode = Mode::Running;
    m_done = done;
    m_total = total;
    render();
}

void VerdictBanner::showReport(const Report& report, const QString& supportCode)
{
    m_mode = Mode::Done;
    m_report = report;
    m_code = supportCode;
    render();
}

void VerdictBanner::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString VerdictBanner::sentence() const
{
    return m_sentence->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

void VerdictBanner::render()
{
    switch (m_mode) {
    case Mode::Idle:
        m_light->setState(RowState::Idle);
        m_sentence->setText(tr("Ready to check this network for Easy UC."));
        m_detail->setText(
            tr("Enter the address of your phone system (PBX), then press Start (F5)."));
        break;
    case Mode::Running:
        m_light->setState(RowState::Running);
        m_sentence->setText(tr("Checking this network…"));
        m_detail->setText(
            tr("%1 of %2 requirements checked. Results appear as each check finishes.")
                .arg(m_done)
                .arg(m_total));
        break;
    case Mode::Done:
        m_light->setState(RowState::Done, m_report.overall);
        {
            // The headline and its sentences are decided in core (VerdictSummary); only shown here.
            const VerdictSummary verdict = summarizeVerdict(m_report);
            m_sentence->setText(verdict.headline);
            QStringList lines = verdict.lines;
            if (m_code.isEmpty())
                lines.append(tr("Select a row to see what was tested and what to do."));
            else
                lines.append(tr("Support code: %1 — read it to your support agent. Select a row "
                                "to see what was tested and what to do.")
                                 .arg(m_code));
            m_detail->setText(lines.join(QLatin1Char('\n')));
            break;
        }
    }
    setAccessibleDescription(m_sentence->text());
    update();
}

void VerdictBanner::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor accent = palette().color(QPalette::Highlight);
    if (m_mode == Mode::Done)
        accent = statusColor(m_report.overall);
    // A tint of the accent over the window colour reads well on light and dark palettes alike.
    QColor tint = accent;
    tint.setAlphaF(0.14);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = fontMetrics().height() * 0.5;
    p.setPen(QPen(accent, 1));
    p.setBrush(tint);
    p.drawRoundedRect(r, radius, radius);
    QPainterPath clip;
    clip.addRoundedRect(r, radius, radius);
    p.setClipPath(clip);
    p.fillRect(QRectF(r.left(), r.top(), fontMetrics().height() * 0.3, r.height()), accent);
}

void VerdictBanner::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Overall verdict"));
        render();
    }
}

} // namespace easyuc
