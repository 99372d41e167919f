package org.greenplan.progress;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A report as typed on the form or sent by the API, before it is read.
 *
 * @param progress   进展情况
 * @param problems   存在问题
 * @param nextSteps  下一步计划
 * @param completion completion in percent as typed (0–100, whole number), or blank
 * @param values     value as typed per target id; blank values are left out
 * @param confirmed  target ids whose doubtful value the user confirmed (0.92 against ≥ 92 %)
 */
public record ReportInput(
        String progress,
        String problems,
        String nextSteps,
        String completion,
        Map<Long, String> values,
        Set<Long> confirmed) {

    public ReportInput {
        values = Map.copyOf(Objects.requireNonNullElse(values, Map.of()));
        confirmed = Set.copyOf(Objects.requireNonNullElse(confirmed, Set.of()));
    }
}
