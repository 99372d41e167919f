package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenplan.accounts.Role;
import org.greenplan.organisation.ContactFormats;

/**
 * The rules of a user record that need no database: a username of the allowed shape, a name, at least
 * one role, a unit exactly for the unit roles (UNIT_REPORTER, UNIT_LEADER belong to one unit; OFFICE_ADMIN
 * and LEADER to none, issue 9 §1), and well-formed contact details.
 */
final class UserRules {
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_REPORTER, Role.UNIT_LEADER);

    private UserRules() {}

    /** @return what is wrong with {@code draft}, empty when nothing is */
    static List<FieldProblem> check(UserDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.username() == null) {
            problems.add(FieldProblem.of("username", "user.username.required"));
        } else if (!USERNAME.matcher(draft.username()).matches()) {
            problems.add(FieldProblem.of("username", "user.username.format", draft.username()));
        }
        if (draft.displayName() == null) {
            problems.add(FieldProblem.of("displayName", "user.displayName.required"));
        } else if (draft.displayName().length() > 100) {
            problems.add(FieldProblem.of("displayName", "user.displayName.tooLong"));
        }
        checkRolesAndUnit(draft, problems);
        if (!ContactFormats.isEmailOrEmpty(draft.email())) {
            problems.add(FieldProblem.of("email", "contact.email.format", draft.email()));
        }
        if (!ContactFormats.isPhoneOrEmpty(draft.phone())) {
            problems.add(FieldProblem.of("phone", "contact.phone.format", draft.phone()));
        }
        return problems;
    }

    private static void checkRolesAndUnit(UserDraft draft, List<FieldProblem> problems) {
        Set<Role> roles = draft.roles();
        if (roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "user.roles.required"));
            return;
        }
        boolean unitRole = roles.stream().anyMatch(UNIT_ROLES::contains);
        boolean officeRole = roles.stream().anyMatch(role -> !UNIT_ROLES.contains(role));
        if (unitRole && officeRole) {
            problems.add(FieldProblem.of("roles", "user.roles.mixed"));
        } else if (unitRole && draft.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "user.unit.required"));
        } else if (officeRole && draft.unitId() != null) {
            problems.add(FieldProblem.of("unitId", "user.unit.notAllowed"));
        }
    }
}
