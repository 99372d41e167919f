package org.greenplan.parser.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets and failures of one reading as they are found. Most task texts hold no target or one, and nearly
 * none a failure: a list is made only for a second target and for a first failure.
 */
final class Findings {
    private TargetSpec first;
    private List<TargetSpec> targets;
    private List<TargetReading.Failure> failures;

    void add(TargetSpec target) {
        if (first == null) {
            first = target;
            return;
        }
        if (targets == null) {
            targets = new ArrayList<>();
            targets.add(first);
        }
        targets.add(target);
    }

    void addAll(List<TargetSpec> more) {
        for (TargetSpec target : more) {
            add(target);
        }
    }

    void fail(TargetReading.Failure failure) {
        if (failures == null) {
            failures = new ArrayList<>(1);
        }
        failures.add(failure);
    }

    TargetReading reading() {
        // an immutable list is taken by the reading as it is: a single target is not copied again
        List<TargetSpec> all = targets != null ? targets : first != null ? List.of(first) : List.of();
        return new TargetReading(all, failures == null ? List.of() : failures);
    }
}
