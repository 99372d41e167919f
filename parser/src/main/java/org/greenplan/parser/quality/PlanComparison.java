package org.greenplan.parser.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;

/**
 * Scores a parse against a golden file. A parsed task matches an expected one when its text starts
 * with the expected {@code textStart} (after NFKC normalisation, white space ignored); each task
 * matches at most once, in document order. Units are scored as (task, unit, role) triples and
 * targets as (task, comparator, value, unit); those of unmatched tasks count as misses or extras.
 */
public final class PlanComparison {
    private PlanComparison() {}

    /**
     * Scores of one document (or of several, summed).
     *
     * @param tasks   tasks matched by text start
     * @param units   (task, unit, lead/co) triples
     * @param targets (task, comparator, value, unit) keys
     */
    public record Result(Score tasks, Score units, Score targets) {
        /** @return both results' counts summed */
        public Result plus(Result other) {
            return new Result(tasks.plus(other.tasks), units.plus(other.units), targets.plus(other.targets));
        }
    }

    /** Nothing compared. */
    public static final Result EMPTY = new Result(Score.ZERO, Score.ZERO, Score.ZERO);

    /**
     * @param parsed   what the parser made of the document
     * @param expected the golden file's reading of it
     * @return the counts for tasks, units and targets
     */
    public static Result compare(ParsedPlan parsed, ExpectedPlan expected) {
        List<ParsedTask> remaining = new ArrayList<>(parsed.tasks());
        int tasks = 0;
        int units = 0;
        int targets = 0;
        for (ExpectedPlan.Task want : expected.tasks()) {
            ParsedTask got = takeMatch(remaining, want.textStart());
            if (got != null) {
                tasks++;
                units += common(unitKeys(got), unitKeys(want));
                targets += common(targetKeys(got), new ArrayList<>(want.targets()));
            }
        }
        int predictedUnits =
                parsed.tasks().stream().mapToInt(t -> t.units().size()).sum();
        int expectedUnits = expected.tasks().stream()
                .mapToInt(t -> t.lead().size() + t.co().size())
                .sum();
        int predictedTargets =
                parsed.tasks().stream().mapToInt(t -> t.targets().size()).sum();
        int expectedTargets =
                expected.tasks().stream().mapToInt(t -> t.targets().size()).sum();
        return new Result(
                new Score(tasks, parsed.tasks().size(), expected.tasks().size()),
                new Score(units, predictedUnits, expectedUnits),
                new Score(targets, predictedTargets, expectedTargets));
    }

    private static ParsedTask takeMatch(List<ParsedTask> remaining, String textStart) {
        String start = normal(textStart);
        for (int i = 0; i < remaining.size(); i++) {
            if (!start.isEmpty() && normal(remaining.get(i).text()).startsWith(start)) {
                return remaining.remove(i);
            }
        }
        return null;
    }

    private static List<String> unitKeys(ParsedTask task) {
        List<String> keys = new ArrayList<>();
        task.units().forEach(u -> keys.add((u.role() == AssignmentRole.CO ? "co " : "lead ") + normal(u.name())));
        return keys;
    }

    private static List<String> unitKeys(ExpectedPlan.Task task) {
        List<String> keys = new ArrayList<>();
        task.lead().forEach(u -> keys.add("lead " + normal(u)));
        task.co().forEach(u -> keys.add("co " + normal(u)));
        return keys;
    }

    private static List<String> targetKeys(ParsedTask task) {
        return task.targets().stream()
                .map(t -> TargetKey.of(t.comparator().symbol(), t.value(), t.unit()))
                .toList();
    }

    /** @return the size of the multiset intersection */
    private static int common(List<String> got, List<String> want) {
        List<String> pool = new ArrayList<>(want);
        int count = 0;
        for (String key : got) {
            if (pool.remove(key)) {
                count++;
            }
        }
        return count;
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
    }
}
