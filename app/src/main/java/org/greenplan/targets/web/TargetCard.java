package org.greenplan.targets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TrackedTarget;
import org.springframework.context.MessageSource;

/**
 * One target of the panel, ready for the template: the evaluation, the chart data, and both forms with
 * their messages already resolved in the request's language.
 */
record TargetCard(
        TrackedTarget target,
        String chartJson,
        ValueForm valueForm,
        Map<String, String> valueErrors,
        String confirmation,
        String valueNotice,
        SettingsForm settingsForm,
        Map<String, String> settingsErrors,
        String settingsNotice) {
    private static final String NONE = "—";

    public long id() {
        return target.id();
    }

    /** @return the target as people read it: 秸秆综合利用率 ≥ 92% */
    public String reading(MessageSource messages, Locale locale) {
        return target.target().display(messages, locale);
    }

    public EvaluationOutcome evaluation() {
        return target.evaluation();
    }

    public TargetStatus status() {
        return evaluation().status();
    }

    /** @return the Bootstrap badge class of the status */
    public String statusClass() {
        return switch (status()) {
            case GREEN -> "text-bg-success";
            case YELLOW -> "text-bg-warning";
            case RED -> "text-bg-danger";
            case NOT_EVALUABLE -> "text-bg-secondary";
        };
    }

    /**
     * @return the message key of the pace verdict (the light's meaning): on pace, slightly or clearly
     *         behind, or why it cannot be judged; a met target reads "target met, nothing to catch up"
     */
    public String paceKey() {
        if (evaluation().attainment() == org.greenplan.targets.Attainment.MET) {
            return "target.pace.MET";
        }
        if (evaluation().paceBasis() == org.greenplan.targets.PaceBasis.GOAL_ONLY
                && (status() == TargetStatus.YELLOW || status() == TargetStatus.RED)) {
            return "target.pace.belowGoal." + status();
        }
        return "target.pace." + status();
    }

    /**
     * @return the message key of the attainment: met; not met yet while the plan year runs (the goal is
     *         due at its end, so an on-pace target is not called a failure); not met once the year is over;
     *         or why it cannot be judged
     */
    public String attainmentKey() {
        return target.attainmentPending()
                ? "target.attainment.NOT_MET.pending"
                : "target.attainment." + evaluation().attainment();
    }

    /** @return the message key saying where the expected value starts from, or why there is none */
    public String paceBasisKey() {
        return "target.paceBasis." + evaluation().paceBasis();
    }

    /** @return the day the pace starts from, as {@code 2022-03-31} (the end of the first reported month) */
    public String paceFromText() {
        return evaluation().paceFrom().toString();
    }

    /** @return the value the pace starts from with its unit ({@code 85%}), or "—" when there is none */
    public String paceStartText() {
        return quantity(evaluation().paceStart());
    }

    /** @return the day the pace reaches the goal, as {@code 2022-12-31} */
    public String paceToText() {
        return evaluation().paceTo().toString();
    }

    /** @return the aggregation used when the office chose none */
    public Aggregation defaultAggregation() {
        return Aggregation.defaultFor(target.terms());
    }

    public String actualText() {
        return quantity(evaluation().actual());
    }

    public String expectedText() {
        return quantity(evaluation().expected());
    }

    public String goalText() {
        return quantity(evaluation().goal());
    }

    public String progressText() {
        BigDecimal percent = evaluation().progressPercent();
        return percent == null ? NONE : percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** @return true when this entry is the one counted for its period (latest, not withdrawn) */
    public boolean counts(ReportedValue value) {
        return !value.withdrawn()
                && target.values().stream()
                        .filter(v -> v.period().equals(value.period()) && !v.withdrawn())
                        .reduce((a, b) -> b.enteredAt().isBefore(a.enteredAt()) ? a : b)
                        .map(v -> v.id() == value.id())
                        .orElse(false);
    }

    /** @return a month period (its first day) as {@code 2022-06}, another day as {@code 2022-06-15} */
    public String periodText(ReportedValue value) {
        LocalDate period = value.period();
        return period.getDayOfMonth() == 1 ? YearMonth.from(period).toString() : period.toString();
    }

    /** @return a reported or expected value with the level unit, two decimals at most */
    public String quantity(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        String number =
                value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String unit = target.terms().levelUnit();
        return unit == null ? number : "%".equals(unit) ? number + "%" : number + " " + unit;
    }
}
