package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.greenplan.TableWriters;
import org.junit.jupiter.api.Test;

/**
 * Every class that writes a table the dashboard's answers are computed from, found in the sources (not
 * guessed), and why each one keeps the kept answers ({@link CurrentResults}) true. A new writer fails this
 * test until someone decides whether it must raise the plan's generation (publish {@code
 * SupervisionInputsChanged} or a progress or period event in its transaction) and adds it here.
 */
class DashboardInputWritersTests {

    /** The tables read by Supervision, the submission matrix, the catalog's plans, tasks, units and headings. */
    private static final Set<String> INPUTS = Set.of(
            "plan",
            "plan_node",
            "task",
            "assignment",
            "target",
            "responsible_unit",
            "region",
            "reporting_period",
            "extension_request",
            "calendar_year",
            "calendar_day",
            "progress_report",
            "progress_report_version",
            "reported_value",
            "target_setting",
            "target_milestone",
            "supervision_settings",
            "closeout_request");

    /** Writer → how it keeps the kept answers true. */
    private static final Map<String, String> REVIEWED = Map.ofEntries(
            Map.entry(
                    "plan/PlanStore.java",
                    "publish, withdraw, amendTask: SupervisionInputsChanged.ofPlan; reassignUnit: ofEveryPlan;"
                            + " discardPublished deletes the plan (its answers are no longer asked: 404)"),
            Map.entry("plan/draft/Drafts.java", "drafts only: a draft's answers are not kept"),
            Map.entry("plan/internal/PlanTreeWriter.java", "drafts only (the import)"),
            Map.entry("plan/internal/TaskSplitter.java", "drafts only (the review)"),
            Map.entry(
                    "organisation/UnitDirectory.java",
                    "new, confirmed or unused units and aliases change no plan's counts; a merge moves the"
                            + " assignments through PlanStore.reassignUnit"),
            Map.entry("organisation/UnitRegister.java", "a new unit or a contact changes no plan's counts"),
            Map.entry("organisation/Regions.java", "a new region has no unit yet"),
            Map.entry(
                    "periods/PeriodAdministration.java",
                    "PeriodOpened, PeriodClosed; generate and addCustom: SupervisionInputsChanged.ofPlan"),
            Map.entry(
                    "periods/ExtensionRequests.java",
                    "grant: SupervisionInputsChanged.ofPlan; a request filed or refused changes no due date"),
            Map.entry("periods/HolidayCalendars.java", "SupervisionInputsChanged.ofEveryPlan"),
            Map.entry(
                    "progress/internal/ReportStore.java",
                    "ProgressReports publishes Submitted, Returned, Approved; a draft or the unit leader's"
                            + " approval changes nothing the dashboard counts (pending stays pending)"),
            Map.entry("progress/internal/VersionStore.java", "written with the report's events"),
            Map.entry("progress/BulkReports.java", "ProgressReportsLoaded with every plan of the batch"),
            Map.entry(
                    "targets/internal/TargetStore.java",
                    "TargetTracking publishes SupervisionInputsChanged; approved values come with the approval"),
            Map.entry("supervision/SupervisionSettingsStore.java", "SupervisionInputsChanged.ofPlan"),
            Map.entry(
                    "closeout/internal/RequestStore.java",
                    "Closeouts.approve publishes SupervisionInputsChanged; a pending request changes no status"));

    @Test
    void everyWriterOfTheDashboardsInputsIsReviewed() {
        Map<String, Set<String>> writers = TableWriters.of(INPUTS);

        assertThat(writers.keySet())
                .as("writers of %s; review each new one (see the class comment)", writers)
                .containsExactlyInAnyOrderElementsOf(REVIEWED.keySet());
    }
}
