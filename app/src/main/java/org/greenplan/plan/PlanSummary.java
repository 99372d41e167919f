package org.greenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as listed: its metadata and counts.
 *
 * @param id               plan id
 * @param title            document title
 * @param planYear         year the plan is for, or null
 * @param issuer           issuing body, or null
 * @param issuedOnBehalfBy body that signed on the issuer's behalf, or null
 * @param issuedDate       issued date, or null
 * @param documentNumber   文号, or null
 * @param addressees       主送 addressees
 * @param state            DRAFT, PUBLISHED or WITHDRAWN
 * @param taskCount        number of tasks
 * @param issueCount       number of parse issues recorded at import
 * @param sourceFileName   the imported file's name
 * @param createdAt        when it was imported
 * @param publishedAt      when it was published, or null
 * @param sourceFormat     the imported file's format as detected (txt, docx, pdf …)
 * @param withdrawnAt      when it was withdrawn, or null
 * @param withdrawalReason the office's reason for withdrawing it, or null
 */
public record PlanSummary(
        long id,
        String title,
        Integer planYear,
        String issuer,
        String issuedOnBehalfBy,
        LocalDate issuedDate,
        String documentNumber,
        List<String> addressees,
        PlanState state,
        int taskCount,
        int issueCount,
        String sourceFileName,
        Instant createdAt,
        Instant publishedAt,
        String sourceFormat,
        Instant withdrawnAt,
        String withdrawalReason) {

    public boolean published() {
        return state == PlanState.PUBLISHED;
    }

    public boolean withdrawn() {
        return state == PlanState.WITHDRAWN;
    }
}
