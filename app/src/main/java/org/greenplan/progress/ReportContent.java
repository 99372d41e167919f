package org.greenplan.progress;

import java.util.List;
import java.util.Objects;

/**
 * What a unit reports for a period, already checked.
 *
 * @param progress   进展情况 — the progress made; never null (empty while a draft has none)
 * @param problems   存在问题 — problems; never null
 * @param nextSteps  下一步计划 — next steps; never null
 * @param completion completion in percent (0–100) for a qualitative task, or null
 * @param values     one value per target that has one, in the task's target order
 */
public record ReportContent(
        String progress, String problems, String nextSteps, Integer completion, List<ReportValue> values) {

    /** Longest text accepted in each of the three narrative fields, in characters. */
    public static final int TEXT_MAX = 5000;

    public ReportContent {
        progress = Objects.requireNonNullElse(progress, "");
        problems = Objects.requireNonNullElse(problems, "");
        nextSteps = Objects.requireNonNullElse(nextSteps, "");
        values = List.copyOf(values);
        if (completion != null && (completion < 0 || completion > 100)) {
            throw new IllegalArgumentException("completion must lie between 0 and 100: " + completion);
        }
    }

    /** @return an empty report */
    public static ReportContent empty() {
        return new ReportContent("", "", "", null, List.of());
    }

    /** @return the value for the target, or null */
    public ReportValue valueFor(long targetId) {
        return values.stream().filter(v -> v.targetId() == targetId).findFirst().orElse(null);
    }
}
