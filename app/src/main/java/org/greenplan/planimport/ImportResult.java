package org.greenplan.planimport;

import java.util.List;
import org.greenplan.parser.plan.ParseIssue;

/**
 * What an import stored.
 *
 * @param planId   the new DRAFT (or, for {@link PlanImporter#importAndPublish}, PUBLISHED) plan
 * @param title    its title
 * @param tasks    number of tasks
 * @param units    number of distinct units named
 * @param newUnits units the directory did not know; created unconfirmed
 * @param issues   warnings for the office to review
 * @param sameTitle earlier plans with the same title and issued date (a second import of the same
 *                  document in other bytes, perhaps)
 */
public record ImportResult(
        long planId,
        String title,
        int tasks,
        int units,
        List<String> newUnits,
        List<ParseIssue> issues,
        List<Long> sameTitle) {}
