package org.greenplan.briefing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored briefing as listed (without its files).
 *
 * @param id             the briefing
 * @param planId         its plan
 * @param planTitle      the plan's title
 * @param periodId       its reporting period
 * @param periodLabel    the period's label
 * @param serial         its number within the plan (the 文号's sequence number)
 * @param statusOn       the date its statuses hold on (the period's last day)
 * @param trigger        MANUAL or SCHEDULED
 * @param generatedBy    who generated it (display name), or the scheduler on the office's behalf
 * @param generatedAt    when
 * @param tasksTotal     tasks counted
 * @param tasksCompleted 已完成
 * @param tasksRed       红灯
 * @param tasksStagnant  停滞
 * @param reportsMissing reports not submitted in the period
 * @param templateName   the Word template it was rendered with
 */
public record BriefingSummary(
        long id,
        long planId,
        String planTitle,
        long periodId,
        String periodLabel,
        int serial,
        LocalDate statusOn,
        String trigger,
        String generatedBy,
        Instant generatedAt,
        int tasksTotal,
        int tasksCompleted,
        int tasksRed,
        int tasksStagnant,
        int reportsMissing,
        String templateName) {}
