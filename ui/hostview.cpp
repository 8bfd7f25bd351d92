#include "hostview.h"

#include "mainwindow.h"
#include "pathview.h"
#include "report/hostfactsview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace easyuc {

HostView::HostView(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("hostView"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    auto* facts = new QWidget;
    m_form = new QFormLayout(facts);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pathGroup = new QGroupBox(this);
    m_pathLayout = new QVBoxLayout(m_pathGroup);
    m_pathView = new PathView(m_pathGroup); // the path to the PBX (issue 15 item 1)
    m_pathLayout->addWidget(m_pathView);
    m_pathGroup->hide(); // until a run traced the path
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_close = buttons->button(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_pathGroup);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    rebuild();
}

void HostView::setReport(const std::optional<Report>& report)
{
    m_report = report;
    rebuild();
}

QLabel* HostView::valueFor(const QString& label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto* name =
            qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)
                                      ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                      : nullptr);
        if (name && name->text() == label + QLatin1Char(':'))
            return qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    return nullptr;
}

void HostView::rebuild()
{
    setWindowTitle(tr("This computer"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Close the view of this computer's connection"));
    m_pathGroup->setTitle(tr("Path to the PBX"));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const bool traced = m_report && m_report->host.path.ran;
    if (traced)
        m_pathView->setPath(m_report->host.path);
    m_pathGroup->setVisible(traced);
    if (!m_report) {
        m_intro->setText(tr("Run the diagnosis (F5) to see how this computer is connected: cable "
                            "or Wi-Fi, VPN, proxy and DNS servers."));
        return;
    }
    const HostInfo& h = m_report->host;
    m_intro->setText(tr("How this computer was connected during the last diagnosis."));
    QList<ReportField> rows = hostFactRows(h, m_report->pbx);
    rows.append({tr("Default gateway"),
                 h.gateways.isEmpty() ? tr("none found") : h.gateways.join(QStringLiteral("; "))});
    rows.append({tr("Public addresses seen"), h.publicAddresses.isEmpty()
                                                  ? tr("none seen")
                                                  : h.publicAddresses.join(QStringLiteral("; "))});
    for (const ReportField& f : rows) {
        auto* value = new QLabel(f.value.split(QStringLiteral("; ")).join(QLatin1Char('\n')));
        value->setTextFormat(Qt::PlainText); // network strings stay text
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, read by screen readers
        value->setAccessibleName(f.label);
        value->setAccessibleDescription(f.value);
        auto* name = new QLabel(f.label + QLatin1Char(':'));
        name->setBuddy(value);
        m_form->addRow(name, value);
    }
}

void HostView::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void HostView::attach(MainWindow* window, QAction* action)
{
    auto view = std::make_shared<QPointer<HostView>>();
    QObject::connect(action, &QAction::triggered, window, [window, view] {
        if (!*view) {
            *view = new HostView(window);
            (*view)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*view)->setReport(window->report());
        (*view)->show();
        (*view)->raise();
        (*view)->activateWindow();
    });
    QObject::connect(window, &MainWindow::runFinished, window, [window, view] {
        if (*view)
            (*view)->setReport(window->report());
    });
}

} // namespace easyuc
