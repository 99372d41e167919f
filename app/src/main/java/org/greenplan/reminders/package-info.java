/**
 * Reminders and supervision notices (催报、催办、批示): scheduled reminders before and after a report's due date
 * to the units still missing it, escalation to the unit's leaders, the office's numbered 催办单 (Word), leaders'
 * 批示 on a task, and the units' notice of a period opened or closed. Everything is sent through {@code
 * notifications}.
 *
 * <p>API: {@link org.greenplan.reminders.Reminders} (the daily run, also started by {@link
 * org.greenplan.reminders.ReminderJob} under a ShedLock lock), {@link org.greenplan.reminders.ReminderSettingsStore},
 * {@link org.greenplan.reminders.Urgings}, {@link org.greenplan.reminders.Instructions}. A reminder is stored once
 * per (plan, period, unit, kind, day) — the table's unique key — so two app nodes never send it twice.
 *
 * <p>Tables (only this module writes them): {@code reminder_settings}, {@code reminder}, {@code urging_counter},
 * {@code urging}, {@code urging_unit}, {@code instruction}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reminders",
        allowedDependencies = {
            "shared",
            "accounts",
            "audit",
            "notifications",
            "periods",
            "plan",
            "plan :: view",
            "progress",
            "scheduling"
        })
package org.greenplan.reminders;
