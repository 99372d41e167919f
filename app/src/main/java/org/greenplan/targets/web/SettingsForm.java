package org.greenplan.targets.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ParsedValue;
import org.greenplan.targets.ReportedValueParser;
import org.greenplan.targets.TrackedTarget;

/**
 * The evaluation settings form as typed (评价设置).
 *
 * @param baseline    the baseline as typed (86, 86%), or blank for none
 * @param aggregation an {@link Aggregation} name, or blank for automatic
 * @param pacing      a {@link Pacing} name; blank is LINEAR
 * @param milestones  the milestone table, one {@code yyyy-MM-dd value} a line
 * @param tolerance   the tolerance in percent of the planned change (10 = 0.10); blank is the default
 * @param version     the version of the stored settings the form was filled from (0 before any were saved); a
 *     save made in between refuses this one
 */
record SettingsForm(
        String baseline, String aggregation, String pacing, String milestones, String tolerance, Integer version) {

    /** @return the same form as typed, to be saved over {@code storedVersion} */
    SettingsForm over(int storedVersion) {
        return new SettingsForm(baseline, aggregation, pacing, milestones, tolerance, storedVersion);
    }

    /** @return the version read, 0 when the form sent none */
    int versionRead() {
        return version == null ? 0 : version;
    }

    /** @return the form showing stored settings */
    static SettingsForm of(EvaluationSettings s, int version) {
        return new SettingsForm(
                s.baseline() == null ? "" : s.baseline().stripTrailingZeros().toPlainString(),
                s.aggregation() == null ? "" : s.aggregation().name(),
                s.pacing().name(),
                s.milestones().stream()
                        .map(m ->
                                m.date() + " " + m.value().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining("\n")),
                s.tolerance().movePointRight(2).stripTrailingZeros().toPlainString(),
                version);
    }

    /** @return the settings read, or errors by field name; never both */
    Check check(TrackedTarget target) {
        Map<String, FieldMessage> errors = new LinkedHashMap<>();
        BigDecimal base = baseline(target, errors);
        Aggregation chosenAggregation = choice(Aggregation.class, aggregation, "aggregation", errors);
        Pacing chosenPacing = choice(Pacing.class, pacing, "pacing", errors);
        BigDecimal share = tolerance(errors);
        List<Milestone> table = MilestoneLines.read(milestones, target.terms(), target.planYear(), errors);
        if (chosenPacing == Pacing.MILESTONES && table.isEmpty()) {
            errors.putIfAbsent(MilestoneLines.FIELD, FieldMessage.of("target.milestones.required"));
        }
        if (table.stream().map(Milestone::date).distinct().count() != table.size()) {
            errors.putIfAbsent(MilestoneLines.FIELD, FieldMessage.of("target.milestones.duplicate"));
        }
        if (!errors.isEmpty()) {
            return new Check(null, errors);
        }
        return new Check(new EvaluationSettings(base, chosenAggregation, chosenPacing, table, share), errors);
    }

    private BigDecimal baseline(TrackedTarget target, Map<String, FieldMessage> errors) {
        if (baseline == null || baseline.isBlank()) {
            return null;
        }
        ReportedValueParser parser = new ReportedValueParser(target.terms());
        ParsedValue parsed = parser.parse(baseline);
        if (!parsed.isAccepted()) {
            errors.put("baseline", FieldMessage.of(parsed));
        } else if (parser.rangeProblem(parsed.value()) != null) {
            errors.put("baseline", FieldMessage.of(parser.rangeProblem(parsed.value()), baseline.strip()));
        } else if (alreadyMet(target, parsed.value())) {
            errors.put(
                    "baseline",
                    FieldMessage.of(
                            "target.baseline.alreadyMet",
                            parsed.value().stripTrailingZeros().toPlainString(),
                            target.terms().phrase()));
        }
        return parsed.value();
    }

    /**
     * A baseline already at or beyond a level target (95 against ≥ 92 %) leaves no way to go: progress
     * from it would read 216.7 %. Refused; the office leaves the baseline blank (pacing then starts from
     * the first reported value) or corrects it.
     */
    private static boolean alreadyMet(TrackedTarget target, BigDecimal base) {
        BigDecimal value = target.terms().value();
        if (value == null) {
            return false;
        }
        return switch (target.terms().comparator()) {
            case AT_LEAST, MORE_THAN -> base.compareTo(value) >= 0;
            case AT_MOST, LESS_THAN -> base.compareTo(value) <= 0;
            default -> false;
        };
    }

    private BigDecimal tolerance(Map<String, FieldMessage> errors) {
        if (tolerance == null || tolerance.isBlank()) {
            return EvaluationSettings.DEFAULT_TOLERANCE;
        }
        try {
            BigDecimal percent =
                    new BigDecimal(tolerance.strip().replaceAll("[%％]$", "").strip());
            if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return percent.movePointLeft(2);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("tolerance", FieldMessage.of("target.tolerance.invalid", tolerance.strip()));
        return null;
    }

    private static <E extends Enum<E>> E choice(
            Class<E> type, String name, String field, Map<String, FieldMessage> errors) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, FieldMessage.of("target.settings.invalidChoice", name.strip()));
            return null;
        }
    }

    /**
     * @param settings the settings read, or null when there are errors
     * @param errors   errors by field name
     */
    record Check(EvaluationSettings settings, Map<String, FieldMessage> errors) {}
}
