package org.greenplan.supervision;

/**
 * A plan's supervision settings (督办规则设置), read by the status rules on every answer, so a change
 * applies to the next page load.
 *
 * @param planId               the plan
 * @param stagnationDays       停滞: a task with no approved update for this many working days (of the
 *                             working-day calendar, 调休 included) is STAGNANT; 5–250, default
 *                             {@value #DEFAULT_STAGNATION_DAYS} (about six weeks: one missed monthly update
 *                             and then some); set it above the reporting interval (quarterly: 70 or more)
 * @param lateReportYellow     whether a report submitted after its last on-time day (latest due period)
 *                             makes the task YELLOW ({@code REPORT_LATE}); default on
 * @param coUnitReports        whether co-units' (配合单位) reports count for {@code REPORT_MISSING} and
 *                             {@code REPORT_LATE}; off: only the lead unit's; default on
 * @param redNeedsExplanation  whether a task red when its units write their next report asks them for
 *                             存在问题 and 下一步计划 before they may submit; default on
 * @param version              the stored version the form was read at; {@link #NOT_STORED} for defaults
 */
public record SupervisionSettings(
        long planId,
        int stagnationDays,
        boolean lateReportYellow,
        boolean coUnitReports,
        boolean redNeedsExplanation,
        int version) {

    /** Default stagnation threshold in working days. */
    public static final int DEFAULT_STAGNATION_DAYS = 30;

    /** Smallest stagnation threshold accepted. */
    public static final int MIN_STAGNATION_DAYS = 5;

    /** Largest stagnation threshold accepted (about a working year). */
    public static final int MAX_STAGNATION_DAYS = 250;

    /** The version of settings never saved. */
    public static final int NOT_STORED = -1;

    /** @return the settings of a plan the office has not configured */
    public static SupervisionSettings defaults(long planId) {
        return new SupervisionSettings(planId, DEFAULT_STAGNATION_DAYS, true, true, true, NOT_STORED);
    }

    /** @return whether these settings are stored (not the defaults) */
    public boolean stored() {
        return version != NOT_STORED;
    }

    /**
     * @throws SettingsRefusedException when the stagnation threshold is out of range
     */
    public void check() {
        if (stagnationDays < MIN_STAGNATION_DAYS || stagnationDays > MAX_STAGNATION_DAYS) {
            throw new SettingsRefusedException(
                    "supervision.settings.stagnationDays.range", MIN_STAGNATION_DAYS, MAX_STAGNATION_DAYS);
        }
    }
}
