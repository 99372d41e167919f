package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetTerms;

/** Small builders that keep the inputs of each test on one line. */
final class Fixtures {
    static final int YEAR = 2022;

    private Fixtures() {}

    static TargetTerms target(String indicator, TargetComparator comparator, String value, String unit) {
        return new TargetTerms(
                indicator, comparator, value == null ? null : new BigDecimal(value), null, unit, indicator);
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static EvaluationSettings baseline(String baseline) {
        return settings(baseline, Pacing.LINEAR, "0.10");
    }

    static EvaluationSettings settings(String baseline, Pacing pacing, String tolerance, Milestone... milestones) {
        return new EvaluationSettings(
                baseline == null ? null : n(baseline), null, pacing, Arrays.asList(milestones), n(tolerance));
    }

    /** A value reported for a month of {@link #YEAR}. */
    static ReportedValue month(int month, String value) {
        return new ReportedValue(
                LocalDate.of(YEAR, month, 1), n(value), false, Instant.parse("2022-07-01T00:00:00Z"), null);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    static List<ReportedValue> values(ReportedValue... values) {
        return List.of(values);
    }
}
