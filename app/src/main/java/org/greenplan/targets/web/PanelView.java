package org.greenplan.targets.web;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.Pacing;

/**
 * The targets panel of a task page.
 *
 * @param planId  plan id
 * @param taskId  task id
 * @param on      the evaluation date
 * @param onGiven true when the date was asked for ({@code ?on=}); the forms then carry it along
 * @param cards   one card per target, in text order
 */
record PanelView(long planId, long taskId, LocalDate on, boolean onGiven, List<TargetCard> cards) {

    public List<Aggregation> aggregations() {
        return List.of(Aggregation.values());
    }

    public List<Pacing> pacings() {
        return List.of(Pacing.values());
    }
}
