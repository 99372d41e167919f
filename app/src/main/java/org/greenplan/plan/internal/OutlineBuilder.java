package org.greenplan.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.OutlineEntry;
import org.greenplan.plan.view.TaskView;

/**
 * Interleaves headings and tasks in document order: each heading is followed by its own tasks. Tasks
 * with no heading come first. When filtered, headings with no matching task below them are left out.
 */
public final class OutlineBuilder {
    private OutlineBuilder() {}

    /**
     * @param headings the plan's headings in document order
     * @param tasks    its tasks in document order (possibly filtered)
     * @param filtered whether {@code tasks} was filtered, so that headings without tasks are dropped
     * @return headings and tasks interleaved in document order
     */
    public static List<OutlineEntry> build(List<HeadingView> headings, List<TaskView> tasks, boolean filtered) {
        Map<Long, List<TaskView>> byNode = new HashMap<>();
        List<OutlineEntry> entries = new ArrayList<>();
        for (TaskView task : tasks) {
            if (task.nodeId() == null) {
                entries.add(new OutlineEntry(0, null, task));
            } else {
                byNode.computeIfAbsent(task.nodeId(), k -> new ArrayList<>()).add(task);
            }
        }
        Set<Long> kept = filtered ? headingsAbove(headings, byNode.keySet()) : null;
        for (HeadingView heading : headings) {
            if (kept != null && !kept.contains(heading.id())) {
                continue;
            }
            entries.add(new OutlineEntry(heading.level() - 1, heading, null));
            for (TaskView task : byNode.getOrDefault(heading.id(), List.of())) {
                entries.add(new OutlineEntry(heading.level(), null, task));
            }
        }
        return entries;
    }

    private static Set<Long> headingsAbove(List<HeadingView> headings, Set<Long> nodesWithTasks) {
        Map<Long, Long> parents = new HashMap<>();
        headings.forEach(h -> parents.put(h.id(), h.parentId()));
        Set<Long> kept = new HashSet<>();
        for (Long node : nodesWithTasks) {
            for (Long n = node; n != null && kept.add(n); n = parents.get(n)) {
                // walk up to the root, stopping where an earlier walk already went
            }
        }
        return kept;
    }
}
