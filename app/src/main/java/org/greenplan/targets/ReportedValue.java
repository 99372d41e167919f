package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value reported for a target (报送数值). When one period has several entries, the latest entered
 * that is not withdrawn counts; the others are kept as history (更正 / 撤回 leave the old entries).
 *
 * @param id               the entry's id (0 for one not stored)
 * @param period           the month reported (its first day) or the day of a measurement
 * @param value            the level in the target's level unit ({@link TargetTerms#levelUnit()}); for a
 *                         SUM target, the period's increment
 * @param approximate      true when entered as approximate (约92%)
 * @param enteredAt        when it was entered
 * @param note             a remark, or null
 * @param reason           for a correction (更正), why the earlier entry was wrong; null for a first entry
 * @param withdrawnAt      when the period's value was withdrawn (撤回), or null; a withdrawn entry never counts
 * @param withdrawalReason why it was withdrawn, or null
 */
public record ReportedValue(
        long id,
        LocalDate period,
        BigDecimal value,
        boolean approximate,
        Instant enteredAt,
        String note,
        String reason,
        Instant withdrawnAt,
        String withdrawalReason) {
    public ReportedValue {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    /** A first entry, neither a correction nor withdrawn. */
    public ReportedValue(LocalDate period, BigDecimal value, boolean approximate, Instant enteredAt, String note) {
        this(0, period, value, approximate, enteredAt, note, null, null, null);
    }

    /** @return true when the entry was withdrawn and never counts */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** @return true when the entry corrects an earlier one of its period */
    public boolean correction() {
        return reason != null;
    }
}
