package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The document metadata read from the notice header and the signature, as in {@link ParsedPlan}.
 */
record Header(
        String title,
        String issuer,
        String issuedOnBehalfBy,
        LocalDate issuedDate,
        Integer planYear,
        List<String> addressees,
        String documentNumber) {}
