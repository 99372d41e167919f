package org.greenplan.closeout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.greenplan.closeout.internal.RequestStore;
import org.greenplan.supervision.TaskClosure;
import org.greenplan.supervision.TaskClosures;
import org.greenplan.supervision.TaskStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's closures for supervision: an approved close-out makes a task 已完成 ({@code CLOSED_OUT}), an
 * approved cancellation 已取消, from the day of the decision (office time zone) onwards, with the office's
 * note (or, without one, the unit's statement) as the reason shown.
 */
@Component
@Transactional(readOnly = true)
public class OfficeClosures implements TaskClosures {
    private final RequestStore store;
    private final Clock clock;

    OfficeClosures(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Map<Long, TaskClosure> ofPlan(long planId) {
        Map<Long, TaskClosure> closures = new HashMap<>();
        for (ChangeRequest r : store.endings(planId)) {
            TaskStatus status = r.kind() == RequestKind.CANCELLATION ? TaskStatus.CANCELLED : TaskStatus.COMPLETED;
            LocalDate on = LocalDate.ofInstant(r.decidedAt(), clock.getZone());
            String reason = r.decisionNote() != null ? r.decisionNote() : r.statement();
            closures.put(r.taskId(), new TaskClosure(r.taskId(), status, on, reason));
        }
        return closures;
    }
}
