package org.greenplan.supervision;

/**
 * A task's supervision status (督办状态) on a date. The colours follow the 红黄绿灯 convention of
 * government supervision systems; the rule that produced a status is given by {@link StatusReason}.
 */
public enum TaskStatus {
    /** 绿: on track (targets on pace, reports on time, deadline not passed). */
    GREEN,
    /** 黄: at risk (behind pace within the tolerance, or a report late). */
    YELLOW,
    /** 红: lagging (behind pace beyond the tolerance), a report missing after its due date, or overdue. */
    RED,
    /** 停滞: no approved update for the configured number of working days. */
    STAGNANT,
    /** 已完成: closed out (销号) by the office after verifying the unit's evidence. */
    COMPLETED,
    /** 已取消: cancelled with the office's approval; counted apart from the others. */
    CANCELLED;

    /** @return the message key of the status's short name ({@code supervision.status.GREEN} …) */
    public String messageKey() {
        return "supervision.status." + name();
    }
}
