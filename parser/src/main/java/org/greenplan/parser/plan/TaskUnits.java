package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles of a task's units, from its clauses.
 *
 * <p>Rules (decision recorded in {@link PlanParser} and {@code src/test/resources/plans/README.md}):
 * <ul>
 *   <li>under a stated first-listed rule (列第一位者为牵头单位, 下同), a clause that lists units without
 *       marking roles makes its first unit lead and the others co-operate;</li>
 *   <li>a task's units are the union of its clauses' units in printed order, each named once; a unit
 *       that leads any sentence is a lead unit of the task, then one responsible for a sentence, then
 *       one that only co-operates (LEAD before RESPONSIBLE before CO);</li>
 *   <li>when the task has a lead unit, a unit left RESPONSIBLE was the only one named for its sentences,
 *       so it leads them: it becomes LEAD (008 task 1: 合肥海关负责 one sentence, 配合 another → lead);</li>
 *   <li>inherited units (以下均需…落实，不再列出) come last, CO where the task has a lead, else RESPONSIBLE.</li>
 * </ul>
 */
final class TaskUnits {

    private TaskUnits() {}

    /** @return the clause's units, the first one leading when the rule is in force and roles are unmarked */
    static List<UnitAssignment> ofClause(UnitClause clause, boolean firstListedRule) {
        List<UnitAssignment> units = clause.units();
        if (!firstListedRule || !allHave(units, AssignmentRole.RESPONSIBLE)) {
            return units;
        }
        List<UnitAssignment> ruled = new ArrayList<>();
        for (UnitAssignment unit : units) {
            AssignmentRole role = ruled.isEmpty() ? AssignmentRole.LEAD : AssignmentRole.CO;
            ruled.add(new UnitAssignment(unit.name(), role, unit.inherited()));
        }
        return ruled;
    }

    /** @return the union of the clauses' units, in printed order, with the task's roles */
    static List<UnitAssignment> union(List<List<UnitAssignment>> clauses) {
        if (clauses.size() == 1 && isUnionOfItself(clauses.get(0))) {
            return clauses.get(0); // most tasks: one clause, nothing to merge or promote, no map and no copies
        }
        Map<String, AssignmentRole> roles = new LinkedHashMap<>();
        for (List<UnitAssignment> clause : clauses) {
            for (UnitAssignment unit : clause) {
                roles.merge(unit.name(), unit.role(), (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        }
        boolean led = roles.containsValue(AssignmentRole.LEAD);
        List<UnitAssignment> units = new ArrayList<>();
        roles.forEach((name, role) -> units.add(new UnitAssignment(
                name, led && role == AssignmentRole.RESPONSIBLE ? AssignmentRole.LEAD : role, false)));
        return units;
    }

    /**
     * @return whether the union of this one clause is the clause as it is: each unit named once, none inherited,
     *         and no unit left RESPONSIBLE beside a lead (it would lead)
     */
    private static boolean isUnionOfItself(List<UnitAssignment> units) {
        boolean led = anyHas(units, AssignmentRole.LEAD);
        for (int i = 0; i < units.size(); i++) {
            UnitAssignment unit = units.get(i);
            if (unit.inherited() || (led && unit.role() == AssignmentRole.RESPONSIBLE)) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (units.get(j).name().equals(unit.name())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int rank(AssignmentRole role) {
        return switch (role) {
            case LEAD -> 0;
            case RESPONSIBLE -> 1;
            case CO -> 2;
        };
    }

    /** @return the units with the inherited ones added after them, unless already named */
    static List<UnitAssignment> withInherited(List<UnitAssignment> units, List<String> inherited) {
        if (inherited.isEmpty()) {
            return units; // most documents state no inheritance: every task would copy its units for nothing
        }
        List<UnitAssignment> all = new ArrayList<>(units);
        boolean led = anyHas(units, AssignmentRole.LEAD);
        for (String name : inherited) {
            if (!names(all, name)) {
                all.add(new UnitAssignment(name, led ? AssignmentRole.CO : AssignmentRole.RESPONSIBLE, true));
            }
        }
        return all;
    }

    // loops rather than streams: these run for every clause and task of the document

    private static boolean allHave(List<UnitAssignment> units, AssignmentRole role) {
        for (UnitAssignment unit : units) {
            if (unit.role() != role) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyHas(List<UnitAssignment> units, AssignmentRole role) {
        for (UnitAssignment unit : units) {
            if (unit.role() == role) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(List<UnitAssignment> units, String name) {
        for (UnitAssignment unit : units) {
            if (unit.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
