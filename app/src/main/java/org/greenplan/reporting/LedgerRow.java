package org.greenplan.reporting;

import java.util.List;

/**
 * One row of the ledger (台账): a task with its classification, units, targets and deadline.
 *
 * @param sequence    1-based row number, used as 序号 where the task has no printed number
 * @param number      the task's printed number (序号)
 * @param part        一级分类: the top heading, number and title, e.g. 一、大力推进绿色低碳循环发展
 * @param section     二级分类: the second heading, e.g. （一）建立健全绿色产业体系; empty when none
 * @param task        工作任务: the task text
 * @param leadUnits   牵头单位 (only where the document marks a lead unit)
 * @param otherUnits  责任单位/配合单位: co-operating units, or all responsible units where the document
 *                    does not mark lead and co
 * @param targets     目标, one reading per target
 * @param deadline    完成时限 as printed, or empty
 * @param progress    进展情况: the latest approved progress, empty until reports exist
 * @param status      状态
 */
public record LedgerRow(
        int sequence,
        String number,
        String part,
        String section,
        String task,
        List<String> leadUnits,
        List<String> otherUnits,
        List<String> targets,
        String deadline,
        String progress,
        String status) {}
