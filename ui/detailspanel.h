#pragma once

#include "engine/catalogue.h"
#include "engine/hostfacts.h"
#include "engine/result.h"
#include "profile/profile.h"
#include "report/verdictsummary.h"
#include "statuslight.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;
class QFrame;

namespace easyuc {

class LightWidget;
class PathView;

// Details of the selected requirement: what was tested and against which address, what was
// seen (evidence table) and, in plain words, what to do.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);
    // The profile of the run (or of the next run): names the addresses each requirement tests.
    void setProfile(const Profile& profile);
    // Shows a requirement; `result` is empty until its check has finished.
    void showRequirement(const RequirementInfo& info, RowState state,
                         const std::optional<RequirementResult>& result);
    void showNothing();
    // The run's root cause, if any: a requirement whose result follows from it says so.
    void setRootCause(const std::optional<RootCause>& cause);
    // The run's path to the PBX (issue 15), shown with the media requirements it explains (R5,
    // R15); a new profile or run clears it.
    void setPath(const PathInfo& path);
    PathView* pathView() const { return m_path; }
    // The evidence table, for keyboard focus and tests.
    QTableWidget* evidenceTable() const { return m_evidence; }
    QString remediationText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    QStringList targets(const RequirementInfo& info) const;

    Profile m_profile;
    std::optional<RequirementInfo> m_info;
    RowState m_state = RowState::Idle;
    std::optional<RequirementResult> m_result;
    std::optional<RootCause> m_rootCause;

    LightWidget* m_light;
    QLabel* m_heading;
    QLabel* m_summary;
    QLabel* m_testedCaption;
    QLabel* m_tested;
    QLabel* m_targetCaption;
    QLabel* m_target;
    QFrame* m_todoBox;
    QLabel* m_todoCaption;
    QLabel* m_todo;
    QLabel* m_evidenceCaption;
    QTableWidget* m_evidence;
    PathView* m_path;
};

} // namespace easyuc
