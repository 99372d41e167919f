package org.greenplan.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.plan.NotFoundException;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportInvalidException;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportSheet;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress reports: a unit reads, saves and submits its report of a task in a period; the office
 * approves or returns it. Every call goes through {@link ProgressReports}, which checks the actor, the
 * period's lock and the version read, exactly as for the pages.
 */
@RestController
@Tag(name = "Progress reports", description = "Draft, submit, approve and return progress reports")
class ReportApiController {
    private final ProgressReports reports;
    private final CurrentActor current;

    ReportApiController(ProgressReports reports, CurrentActor current) {
        this.reports = reports;
        this.current = current;
    }

    @GetMapping("/api/periods/{periodId}/tasks/{taskId}/report")
    @Operation(
            summary = "The unit's report of a task in a period (404 while none is saved)",
            description = "unitId defaults to the caller's unit; the office and leaders name it.")
    ReportJson.Report report(
            @PathVariable long periodId, @PathVariable long taskId, @RequestParam(required = false) Long unitId) {
        Actor actor = current.require();
        ReportSheet sheet = reports.open(actor, key(actor, periodId, taskId, unitId));
        if (sheet.report().id() == null) {
            throw new NotFoundException(
                    "api.report.none", sheet.task().number(), sheet.period().label());
        }
        return ReportJson.Report.of(sheet);
    }

    @PutMapping("/api/periods/{periodId}/tasks/{taskId}/report")
    @Operation(summary = "Save the caller's unit's report as a draft")
    ReportJson.Report save(
            @PathVariable long periodId, @PathVariable long taskId, @RequestBody ReportJson.ReportRequest request) {
        Actor actor = current.require();
        ReportKey key = key(actor, periodId, taskId, null);
        ReportInput input = ReportRequests.input(request);
        try {
            return show(
                    actor,
                    reports.saveDraft(actor, key, input, request.version()).id());
        } catch (ReportInvalidException e) {
            throw ReportRequests.renamed(e, request);
        }
    }

    @PostMapping("/api/periods/{periodId}/tasks/{taskId}/report/submission")
    @Operation(
            summary = "Submit the caller's unit's report (with its content, or just the version to submit the draft)")
    ReportJson.Report submit(
            @PathVariable long periodId, @PathVariable long taskId, @RequestBody ReportJson.ReportRequest request) {
        Actor actor = current.require();
        ReportKey key = key(actor, periodId, taskId, null);
        int version = ReportRequests.requireVersion(request.version());
        ReportInput input = request.versionOnly()
                ? ReportRequests.stored(reports.open(actor, key).report().content())
                : ReportRequests.input(request);
        try {
            return show(actor, reports.submit(actor, key, input, version).id());
        } catch (ReportInvalidException e) {
            throw ReportRequests.renamed(e, request);
        }
    }

    @GetMapping("/api/reports/{reportId}")
    @Operation(summary = "A report by id")
    ReportJson.Report byId(@PathVariable long reportId) {
        return show(current.require(), reportId);
    }

    @PostMapping("/api/reports/{reportId}/unit-approval")
    @Operation(
            summary = "The unit leader approves the unit's submitted report before it goes to the office",
            description = "Only where the plan's reporting settings switch the unit-leader stage on (409 otherwise).")
    ReportJson.Report approveForUnit(@PathVariable long reportId, @RequestBody ReportJson.DecisionRequest request) {
        return decide(reportId, request, reports::approveForUnit);
    }

    @DeleteMapping("/api/reports/{reportId}/unit-approval")
    @Operation(summary = "The unit leader withdraws the unit's approval while the office has not acted yet")
    ReportJson.Report withdrawUnitApproval(@PathVariable long reportId, @RequestParam int version) {
        Actor actor = current.require();
        return show(
                actor, reports.withdrawUnitApproval(actor, reportId, version).id());
    }

    @PostMapping("/api/reports/{reportId}/approval")
    @Operation(summary = "The office approves the report")
    ReportJson.Report approve(@PathVariable long reportId, @RequestBody ReportJson.DecisionRequest request) {
        return decide(reportId, request, reports::approve);
    }

    @PostMapping("/api/reports/{reportId}/return")
    @Operation(summary = "The office returns the report for revision with a reason")
    ReportJson.Report giveBack(@PathVariable long reportId, @RequestBody ReportJson.DecisionRequest request) {
        Actor actor = current.require();
        int version = ReportRequests.requireVersion(request.version());
        return show(
                actor,
                reports.returnForRevision(actor, reportId, version, request.reason())
                        .id());
    }

    /** A decision on a report at the version the caller read ({@code 400} naming {@code version} without one). */
    private ReportJson.Report decide(long reportId, ReportJson.DecisionRequest request, Decision decision) {
        Actor actor = current.require();
        int version = ReportRequests.requireVersion(request.version());
        return show(actor, decision.take(actor, reportId, version).id());
    }

    @FunctionalInterface
    private interface Decision {
        ProgressReport take(Actor actor, long reportId, int expectedVersion);
    }

    private ReportJson.Report show(Actor actor, long reportId) {
        return ReportJson.Report.of(reports.show(actor, reportId));
    }

    private static ReportKey key(Actor actor, long periodId, long taskId, Long unitId) {
        Long unit = unitId != null ? unitId : actor.unitId();
        if (unit == null) {
            throw InvalidRequestException.of("unitId", "api.field.unit");
        }
        return new ReportKey(taskId, unit, periodId);
    }
}
