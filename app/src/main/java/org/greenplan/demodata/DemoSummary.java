package org.greenplan.demodata;

import java.util.List;

/**
 * What {@link DemoData#generate} stored, as the command prints it (JSON).
 *
 * @param seed           the random seed used
 * @param years          the plan years
 * @param plans          plans imported and published
 * @param tasks          their tasks
 * @param units          responsible units confirmed, each with a contact person
 * @param users          users created (a reporter and a unit leader per unit, an office admin, a leader)
 * @param periods        reporting periods generated
 * @param reports        progress reports stored
 * @param approved       of them approved
 * @param reportValues   indicator values in the reports (one per report and target)
 * @param officeUser     the office admin's username
 * @param leaderUser     the leader's username
 * @param password       the password every generated user signs in with (drawn at random for this run)
 * @param openReportKeys report keys of the open periods, still to be reported (the load test's work)
 * @param seconds        how long the generation took
 */
public record DemoSummary(
        long seed,
        List<Integer> years,
        int plans,
        int tasks,
        int units,
        int users,
        int periods,
        int reports,
        int approved,
        int reportValues,
        String officeUser,
        String leaderUser,
        String password,
        int openReportKeys,
        double seconds) {}
