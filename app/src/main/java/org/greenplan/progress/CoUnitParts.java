package org.greenplan.progress;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.internal.ReportStore;
import org.greenplan.progress.internal.VersionStore;

/** The read model of co-units' parts beside a lead unit's report: each co-unit's latest submission. */
final class CoUnitParts {
    private final ReportStore store;
    private final VersionStore versions;

    CoUnitParts(ReportStore store, VersionStore versions) {
        this.store = store;
        this.versions = versions;
    }

    /** @return one entry per other unit of the task, in printed order */
    List<CoUnitPart> of(TaskView task, ReportKey lead) {
        Map<Long, ProgressReport> reports = store.ofTask(lead.taskId(), lead.periodId()).stream()
                .collect(Collectors.toMap(r -> r.key().unitId(), Function.identity()));
        return task.units().stream()
                .filter(u -> u.unitId() != lead.unitId())
                .map(u -> u.unitId())
                .distinct()
                .map(unitId -> part(task, unitId, reports.get(unitId)))
                .toList();
    }

    private CoUnitPart part(TaskView task, long unitId, ProgressReport report) {
        String name = task.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .map(u -> u.name())
                .orElse("");
        if (report == null) {
            return new CoUnitPart(unitId, name, null, null);
        }
        return new CoUnitPart(
                unitId, name, report.state(), versions.latest(report.id()).orElse(null));
    }
}
