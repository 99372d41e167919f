package org.greenplan.plan.draft;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.plan.view.IssueView;

/**
 * A plan as an import hands it to the plan module to be stored as a DRAFT: the document's metadata,
 * headings and tasks in document order, and the issues met while reading it. The plan module's own
 * input type; the importer builds it from what the parser read, with every printed unit name already
 * resolved to a unit of the directory.
 *
 * @param title            document title; blank or null is stored as （未识别标题）
 * @param planYear         year the plan is for, or null
 * @param issuer           issuing body, or null
 * @param issuedOnBehalfBy body that signed on the issuer's behalf, or null
 * @param issuedDate       issued date, or null
 * @param documentNumber   文号, or null
 * @param addressees       主送 addressees, in printed order
 * @param headings         parts, sections … in document order
 * @param tasks            tasks in document order
 * @param issues           issues recorded at import (line, column, severity, message)
 */
public record PlanDraft(
        String title,
        Integer planYear,
        String issuer,
        String issuedOnBehalfBy,
        LocalDate issuedDate,
        String documentNumber,
        List<String> addressees,
        List<DraftHeading> headings,
        List<DraftTask> tasks,
        List<IssueView> issues) {
    public PlanDraft {
        addressees = List.copyOf(addressees);
        headings = List.copyOf(headings);
        tasks = List.copyOf(tasks);
        issues = List.copyOf(issues);
    }
}
