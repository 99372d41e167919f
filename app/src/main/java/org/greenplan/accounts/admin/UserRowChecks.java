package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenplan.accounts.Role;
import org.greenplan.organisation.UnitRegister;

/**
 * Checks the rows of a user import (columns A 用户名, B 姓名, C 所属单位, D 角色, E 邮箱, F 电话) by the same
 * rules as the form ({@link UserAdministration}), plus: the unit is named by its name or an alias and must
 * exist, every role name must be known, and a username appears once in the file.
 */
final class UserRowChecks {
    private static final ImportKind KIND = ImportKind.USERS;
    private final UserAdministration users;
    private final UnitRegister units;
    private final RoleNames roleNames;
    private final long regionId;

    UserRowChecks(UserAdministration users, UnitRegister units, RoleNames roleNames, long regionId) {
        this.users = users;
        this.units = units;
        this.roleNames = roleNames;
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

    /** Builds the user a checked row stands for. */
    UserDraft draft(ImportRow row) {
        Long unitId = units.find(regionId, row.cell(2)).orElse(null);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        RoleNames.split(row.cell(3)).forEach(name -> roleNames.find(name).ifPresent(roles::add));
        return new UserDraft(row.cell(0), row.cell(1), unitId, roles, row.cell(4), row.cell(5));
    }

    private ImportRow check(ImportRow row, Map<String, Integer> firstRowOf) {
        List<FieldProblem> problems = new ArrayList<>(row.problems());
        String unitName = row.cell(2);
        boolean unknownUnit =
                !unitName.isEmpty() && units.find(regionId, unitName).isEmpty();
        if (unknownUnit) {
            problems.add(FieldProblem.of("C", "import.unit.unknown", unitName));
        }
        boolean unknownRole = false;
        for (String name : RoleNames.split(row.cell(3))) {
            if (roleNames.find(name).isEmpty()) {
                problems.add(FieldProblem.of("D", "import.role.unknown", name));
                unknownRole = true;
            }
        }
        for (FieldProblem problem : users.problems(draft(row), null)) {
            String letter = KIND.letter("unitId".equals(problem.field()) ? "unit" : problem.field());
            boolean repeated = problems.stream().anyMatch(p -> letter != null && letter.equals(p.field()));
            if (!repeated && !(unknownRole && "user.roles.required".equals(problem.code()))) {
                problems.add(new FieldProblem(letter, problem.code(), problem.args()));
            }
        }
        duplicate(row, firstRowOf).ifPresent(problems::add);
        return new ImportRow(row.row(), row.cells(), problems, "CREATE");
    }

    private static Optional<FieldProblem> duplicate(ImportRow row, Map<String, Integer> firstRowOf) {
        String username = row.cell(0);
        if (username.isEmpty()) {
            return Optional.empty();
        }
        Integer first = firstRowOf.putIfAbsent(username.toLowerCase(Locale.ROOT), row.row());
        return first == null
                ? Optional.empty()
                : Optional.of(FieldProblem.of("A", "import.duplicate.username", username, String.valueOf(first)));
    }
}
