package org.greenplan.progress;

import java.util.List;
import java.util.Map;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.view.TaskView;

/**
 * Everything a report page (or the API) shows about one report.
 *
 * @param report               the report; not yet stored ({@code id() == null}) while the unit has saved nothing
 * @param task                 the task with its units and targets
 * @param unitName             the reporting unit's name
 * @param period               the reporting period
 * @param lead                 whether the reporting unit is the task's lead unit (it consolidates co-units' parts)
 * @param coUnitParts          for a lead unit, the co-units' latest parts; else empty
 * @param history              the submissions, latest first
 * @param attachments          evidence files, oldest first
 * @param unitApprovalRequired whether the plan asks for the unit leader's approval
 * @param explanationAsked     while the unit may still edit: why the report must explain and name a
 *                             corrective step ({@link ExplanationPolicy}), worst first; else empty
 * @param valueEntries         target id → what the report enters for it ({@link TargetValueReader#entries})
 */
public record ReportSheet(
        ProgressReport report,
        TaskView task,
        String unitName,
        ReportingPeriod period,
        boolean lead,
        List<CoUnitPart> coUnitParts,
        List<ReportVersion> history,
        List<Attachment> attachments,
        boolean unitApprovalRequired,
        List<ExplanationPolicy.ExplanationReason> explanationAsked,
        Map<Long, TargetValueReader.ValueEntry> valueEntries) {

    public ReportSheet {
        explanationAsked = List.copyOf(explanationAsked);
        valueEntries = Map.copyOf(valueEntries);
    }

    /** @return what the report enters for the target: INCREMENT (本期新增) or LEVEL (截至本期末) */
    public TargetValueReader.ValueEntry valueEntry(long targetId) {
        return valueEntries.getOrDefault(targetId, TargetValueReader.ValueEntry.LEVEL);
    }

    /** @return whether 存在问题 and 下一步计划 are required before submitting */
    public boolean explanationRequired() {
        return !explanationAsked.isEmpty();
    }
}
