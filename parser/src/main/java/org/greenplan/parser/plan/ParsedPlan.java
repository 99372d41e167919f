package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The structured reading of one work-points document (工作要点) as {@link PlanParser} understood it.
 *
 * <p>Shape: document metadata, the headings as printed (parts 一、, sections （一）, run-in headings),
 * the tasks in printed order, and every {@link ParseIssue} met on the way. Headings and tasks are flat
 * lists linked by their printed numbering {@code path}; a task's parent heading is the heading whose
 * path is the task's path without its last element.
 *
 * @param title            document title, e.g. 宿州市实施绿色发展行动2022年工作要点; null when none was found
 * @param issuer           issuing body (印发机关), e.g. 宿州市实施绿色发展行动专项小组办公室; null when unknown
 * @param issuedOnBehalfBy body that signed on the issuer's behalf (…(代)), or null
 * @param issuedDate       date printed under the signature, or null
 * @param planYear         the year the plan is for (from the title, else from the issued date), or null
 * @param addressees       主送 addressees in printed order, split on top-level commas; never null
 * @param documentNumber   文号 such as 岚综管综〔2016〕62号, or null when the document has none
 * @param headings         headings in printed order; never null
 * @param tasks            tasks in printed order; never null
 * @param issues           positioned problems met while parsing; never null
 */
public record ParsedPlan(
        String title,
        String issuer,
        String issuedOnBehalfBy,
        LocalDate issuedDate,
        Integer planYear,
        List<String> addressees,
        String documentNumber,
        List<Heading> headings,
        List<ParsedTask> tasks,
        List<ParseIssue> issues) {

    public ParsedPlan {
        addressees = List.copyOf(addressees);
        headings = List.copyOf(headings);
        tasks = List.copyOf(tasks);
        issues = List.copyOf(issues);
    }

    /**
     * One line per node, indented two spaces per level: headings as {@code 一 大力推进…}, tasks as
     * {@code 1 开展工业节能… [市经济和信息化局]}. Lets one assertion check a whole tree.
     *
     * @return the outline, lines separated by {@code \n}
     */
    public String toOutline() {
        return OutlineFormatter.format(this);
    }
}
