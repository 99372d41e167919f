package org.greenplan.reporting;

import java.util.List;
import org.greenplan.supervision.TaskStatus;

/**
 * One row of the ledger (台账): a task with its classification, units, targets and deadline.
 *
 * @param sequence    1-based row number, used as 序号 where the task has no printed number
 * @param number      the task's printed number (序号)
 * @param part        一级分类: the top heading, number and title, e.g. 一、大力推进绿色低碳循环发展
 * @param section     二级分类: the second heading, e.g. （一）建立健全绿色产业体系; empty when none
 * @param task        工作任务: the task text
 * @param leadUnits   牵头单位: the lead units the document marks; where it marks none, the first
 *                    responsible unit with a note saying so (市农业农村局（列首位，文件未注明牵头）)
 * @param otherUnits  责任单位/配合单位: co-operating units, or all responsible units where the document
 *                    does not mark lead and co
 * @param targets     目标, one reading per target
 * @param deadline    完成时限 as printed; for a 年度工作要点 that prints none, the plan year's end marked as
 *                    implied (2022-12-31（年度要点，按年底推定）); else empty
 * @param progress    进展情况, naming its period (2022年6月：秸秆综合利用率 当前 93%), and each
 *                    unit's latest approved text with its period, lead first; empty until a report is
 *                    approved
 * @param status      状态: the task's supervision status (绿灯, 黄灯, 红灯, 停滞, 已完成, 已取消, from
 *                    {@code supervision::Supervision}, so the ledger counts equal the dashboard's), then on
 *                    a second line where it stands in the reporting cycle ({@link ReportNote}: 未报送 once
 *                    a period's due date has passed without an approved report, 本期未到截止日 before,
 *                    已报送待审核)
 * @param supervised  the supervision status as a closed set, for the cell's colour
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
        String status,
        TaskStatus supervised) {}
