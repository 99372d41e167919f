package org.greenplan.supervision;

import java.util.Map;

/**
 * Where closures come from: implemented by the module that runs close-out (销号) and cancellation. When
 * no module implements it, no task is closed.
 */
public interface TaskClosures {
    /**
     * @param planId the plan
     * @return task id → its closure, only for closed or cancelled tasks
     */
    Map<Long, TaskClosure> ofPlan(long planId);
}
