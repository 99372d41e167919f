package org.greenplan.parser.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets and failures of one reading as they are found. Both lists are made on their first element: most
 * task texts hold no target, and nearly none a failure.
 */
final class Findings {
    private List<TargetSpec> targets;
    private List<TargetReading.Failure> failures;

    void add(TargetSpec target) {
        if (targets == null) {
            targets = new ArrayList<>();
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
        return new TargetReading(targets == null ? List.of() : targets, failures == null ? List.of() : failures);
    }
}
