package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.greenplan.TableWriters;
import org.junit.jupiter.api.Test;

/**
 * Every class that writes a table the unit workspace ({@code /my}) is computed from, found in the sources (not
 * guessed), and how each keeps the kept answers ({@link UnitWorkspace}) true. A new writer fails this test until
 * someone decides whether it must raise a workspace generation in its transaction and adds it here;
 * {@code UnitWorkspaceAnswersIntegrationTests} shows each kind of change on the next answer.
 */
class UnitWorkspaceInputWritersTests {

    /**
     * The tables {@code UnitWorkspace} reads: the plans naming the unit, their tasks (units, roles, targets,
     * clauses), periods, granted extensions, the calendar, the unit's reports and first submissions, and its
     * acknowledgements.
     */
    private static final Set<String> INPUTS = Set.of(
            "plan",
            "plan_source",
            "task",
            "task_clause",
            "assignment",
            "target",
            "responsible_unit",
            "reporting_period",
            "extension_request",
            "calendar_year",
            "calendar_day",
            "progress_report",
            "progress_report_version",
            "plan_acknowledgement");

    /** Writer → how it keeps the kept answers true. */
    private static final Map<String, String> REVIEWED = Map.ofEntries(
            Map.entry(
                    "plan/PlanStore.java",
                    "publish, withdraw, amendTask: SupervisionInputsChanged.ofPlan; reassignUnit: ofEveryPlan (and"
                            + " the plans naming the unit are part of the key); a deleted plan no longer names it"),
            Map.entry("plan/draft/Drafts.java", "drafts only: /my lists published plans (publishing raises)"),
            Map.entry("plan/internal/PlanTreeWriter.java", "drafts only (the import)"),
            Map.entry("plan/internal/TaskSplitter.java", "drafts only (the review)"),
            Map.entry(
                    "organisation/UnitDirectory.java",
                    "unit names and aliases are not shown on /my; a merge moves assignments through"
                            + " PlanStore.reassignUnit"),
            Map.entry("organisation/UnitRegister.java", "a new unit or a contact person: not shown on /my"),
            Map.entry(
                    "periods/PeriodAdministration.java",
                    "open, reopen, close: PeriodOpened, PeriodClosed; generate, addCustom: SupervisionInputsChanged"),
            Map.entry(
                    "periods/ExtensionRequests.java",
                    "grant: SupervisionInputsChanged.ofPlan; a request filed or refused changes no due date"),
            Map.entry("periods/HolidayCalendars.java", "SupervisionInputsChanged.ofEveryPlan"),
            Map.entry("periods/Acknowledgements.java", "read by WorkspaceGenerations.of in the key statement itself"),
            Map.entry(
                    "progress/internal/ReportStore.java",
                    "update (insert runs it too): WorkspaceGenerations.unitChanged, every write of a report"),
            Map.entry("progress/internal/VersionStore.java", "written with the report's update"),
            Map.entry("progress/BulkReports.java", "ProgressReportsLoaded: every plan of the batch"));

    @Test
    void everyWriterOfTheWorkspacesInputsIsReviewed() {
        Map<String, Set<String>> writers = TableWriters.of(INPUTS);

        assertThat(writers.keySet())
                .as("writers of %s; review each new one (see the class comment)", writers)
                .containsExactlyInAnyOrderElementsOf(REVIEWED.keySet());
    }
}
