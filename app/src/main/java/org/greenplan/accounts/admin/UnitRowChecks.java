package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitRegister;

/**
 * Checks the rows of a unit import (columns A 单位名称, B 别名, C 联络员, D 联络员电话, E 联络员邮箱): a name,
 * once in the file; a unit already in the directory (by name or alias) is updated, any other is created
 * confirmed; an alias may not name another unit; phone and e-mail as {@link UnitContacts} accepts them.
 */
final class UnitRowChecks {
    private final UnitRegister units;
    private final long regionId;

    UnitRowChecks(UnitRegister units, long regionId) {
        this.units = units;
        this.regionId = regionId;
    }

    List<ImportRow> check(List<ImportRow> rows) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            checked.add(
                    row.isBlank() ? new ImportRow(row.row(), row.cells(), List.of(), "SKIP") : check(row, firstRowOf));
        }
        return checked;
    }

    static List<String> aliases(ImportRow row) {
        return RoleNames.split(row.cell(1));
    }

    static UnitContact contact(ImportRow row) {
        return new UnitContact(row.cell(2), row.cell(3), row.cell(4));
    }

    private ImportRow check(ImportRow row, Map<String, Integer> firstRowOf) {
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        String name = row.cell(0);
        Optional<Long> existing = units.find(regionId, name);
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("A", "import.unit.nameRequired"));
        } else {
            Integer first = firstRowOf.putIfAbsent(name.replaceAll("\\s+", ""), row.row());
            if (first != null) {
                problems.add(FieldProblem.of("A", "import.duplicate.unit", name, String.valueOf(first)));
            }
        }
        for (String alias : aliases(row)) {
            Optional<Long> owner = units.find(regionId, alias);
            if (owner.isPresent() && !owner.equals(existing)) {
                problems.add(FieldProblem.of(
                        "B",
                        "import.alias.taken",
                        alias,
                        units.unit(owner.get()).name()));
            }
        }
        for (FieldProblem problem : UnitContacts.problems(contact(row), "contact")) {
            problems.add(new FieldProblem(ImportKind.UNITS.letter(problem.field()), problem.code(), problem.args()));
        }
        return new ImportRow(row.row(), row.cells(), problems, existing.isPresent() ? "UPDATE" : "CREATE");
    }
}
