package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.greenplan.accounts.AccountChanged;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.organisation.UnitRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's administration of users (用户管理): the only writer of {@code app_user} and
 * {@code app_user_role} apart from the login itself. Every change is recorded in the audit trail as entity
 * {@code USER}, one row per changed field (never the password or its hash), in the same transaction.
 *
 * <p>Rules (issue 9 §1): see {@link UserRules}; a username is unique regardless of case, also when two
 * offices create it at the same moment (the unique index decides, and the loser gets the same field error);
 * the last enabled OFFICE_ADMIN can be neither disabled nor lose the role. A signed-in actor without the
 * OFFICE_ADMIN role is refused with {@link org.springframework.security.access.AccessDeniedException}. A county
 * or district office administers only its region's accounts and grants nothing wider than its own scope
 * ({@link AccountReach}): another account answers {@link NoSuchElementException} (404).
 *
 * <p>Disabling an account, resetting its password and changing what it signs in as publish {@link AccountChanged}:
 * its open sessions end when the change is committed, since they hold the old state (a disabled user would otherwise
 * keep working until the session timed out).
 */
@Service
public class UserAdministration {
    static final String ENTITY = "USER";
    private final UserStore store;
    private final UnitRegister units;
    private final AuditTrail audit;
    private final OfficeOnly officeOnly;
    private final AccountReach reach;
    private final ApplicationEventPublisher events;
    private final OneTimePasswords passwords = new OneTimePasswords();

    UserAdministration(
            UserStore store,
            UnitRegister units,
            AuditTrail audit,
            OfficeOnly officeOnly,
            AccountReach reach,
            ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.reach = reach;
        this.units = units;
        this.audit = audit;
        this.officeOnly = officeOnly;
    }

    /** @return the users the filter selects, by username */
    public List<UserView> users(UserFilter filter) {
        officeOnly.require();
        return reach.regions()
                .map(regions -> store.users(filter, regions, reach.officesOf(regions)))
                .orElseGet(() -> store.users(filter));
    }

    /** @throws NoSuchElementException when there is no such user, or it is outside a county office's region */
    public UserView user(long id) {
        officeOnly.require();
        return reach.require(store.user(id));
    }

    /**
     * @return the roles the current office may give a new account, in declaration order: every role for the city
     *     office, the unit roles for a county or district office ({@link AccountReach}, the rule the checks use)
     */
    public List<Role> grantableRoles() {
        officeOnly.require();
        return List.copyOf(reach.grantable(java.util.Set.of()));
    }

    /**
     * @return the roles the current office may give this account on its edit form: those of a new account plus
     *     the roles it holds already
     * @throws NoSuchElementException when there is no such user, or it is outside a county office's region
     */
    public List<Role> grantableRoles(long id) {
        return List.copyOf(reach.grantable(user(id).roles()));
    }

    /**
     * @return the roles the user list's filter offers, in declaration order: those that can occur among the
     *     accounts the current office reaches ({@link AccountReach}: every role for the city office; the unit roles
     *     and its own office accounts' roles for a county or district office)
     */
    public List<Role> listedRoles() {
        officeOnly.require();
        return List.copyOf(reach.listable());
    }

    /** @return whether the current office is a county or district office (it grants only the unit roles) */
    public boolean regionScoped() {
        return reach.regions().isPresent();
    }

    /**
     * Creates an enabled user with a one-time password that must be changed at the first login.
     *
     * @return the user and the one-time password (shown once, never stored in clear)
     * @throws AccountRefusal with the fields that break a rule, e.g. {@code user.username.taken}
     */
    @Transactional
    public CreatedUser create(UserDraft draft) {
        officeOnly.require();
        require(draft, null);
        String password = passwords.generate();
        long id;
        try {
            id = store.insert(draft, passwords.hash(password));
        } catch (DuplicateKeyException e) {
            throw AccountRefusal.of("username", "user.username.taken", draft.username());
        }
        UserView created = store.user(id);
        audit.recordChanges(subject(created), "CREATED", changes(null, created), null);
        return new CreatedUser(created, password);
    }

    /**
     * Saves an edit made on the form that showed {@code version}.
     *
     * @return the user as saved
     * @throws AccountRefusal with {@code user.stale} when someone changed the user since, or the broken rules
     */
    @Transactional
    public UserView update(long id, int version, UserDraft draft) {
        officeOnly.require();
        UserView before = reach.require(store.user(id));
        require(draft, id);
        if (before.version() != version) {
            throw AccountRefusal.of(null, "user.stale");
        }
        keepAnAdmin(before, before.enabled() && draft.roles().contains(Role.OFFICE_ADMIN));
        try {
            if (!store.update(id, version, draft)) {
                throw AccountRefusal.of(null, "user.stale");
            }
        } catch (DuplicateKeyException e) {
            throw AccountRefusal.of("username", "user.username.taken", draft.username());
        }
        UserView after = store.user(id);
        audit.recordChanges(subject(after), "UPDATED", changes(before, after), null);
        if (signsInDifferently(before, after)) {
            endSignIns(before);
        }
        return after;
    }

    /**
     * Enables or disables a user; a disabled user cannot sign in. Nothing is recorded when nothing changes.
     *
     * @throws AccountRefusal {@code user.lastAdmin} when this would leave no enabled office admin
     */
    @Transactional
    public UserView setEnabled(long id, boolean enabled) {
        officeOnly.require();
        UserView before = reach.require(store.user(id));
        if (before.enabled() == enabled) {
            return before;
        }
        keepAnAdmin(before, enabled);
        store.setEnabled(id, enabled);
        UserView after = store.user(id);
        audit.recordChanges(subject(after), enabled ? "ENABLED" : "DISABLED", changes(before, after), null);
        if (!enabled) {
            endSignIns(before);
        }
        return after;
    }

    /**
     * Replaces a user's password with a one-time password the user must change at the next login.
     *
     * @return the one-time password, to show once
     * @throws NoSuchElementException when there is no such user
     */
    @Transactional
    public CreatedUser resetPassword(long id) {
        officeOnly.require();
        UserView user = reach.require(store.user(id));
        String password = passwords.generate();
        store.setOneTimePassword(id, passwords.hash(password));
        audit.record(subject(user), "PASSWORD_RESET", null);
        endSignIns(user);
        return new CreatedUser(store.user(id), password);
    }

    /**
     * Checks the rules that need the database, and that a county office grants nothing beyond its region
     * ({@link AccountReach}); used by the bulk import for each row as well.
     */
    List<FieldProblem> problems(UserDraft draft, Long exceptId) {
        List<FieldProblem> problems = new ArrayList<>(UserRules.check(draft));
        problems.addAll(reach.problems(
                draft,
                exceptId == null ? java.util.Set.of() : store.user(exceptId).roles()));
        if (draft.username() != null && store.usernameTaken(draft.username(), exceptId)) {
            problems.add(FieldProblem.of("username", "user.username.taken", draft.username()));
        }
        if (draft.unitId() != null && !unitExists(draft.unitId())) {
            problems.add(FieldProblem.of(
                    "unitId", "user.unit.unknown", draft.unitId().toString()));
        }
        return problems;
    }

    private void require(UserDraft draft, Long exceptId) {
        List<FieldProblem> problems = problems(draft, exceptId);
        if (!problems.isEmpty()) {
            throw new AccountRefusal(problems);
        }
    }

    private boolean unitExists(long unitId) {
        try {
            units.unit(unitId);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    private void keepAnAdmin(UserView before, boolean staysEnabledAdmin) {
        if (!before.enabled() || !before.roles().contains(Role.OFFICE_ADMIN) || staysEnabledAdmin) {
            return;
        }
        if (store.lockEnabledAdmins().stream().noneMatch(admin -> admin != before.id())) {
            throw AccountRefusal.of(null, "user.lastAdmin", before.username());
        }
    }

    /**
     * The account's sessions end once the change is committed ({@link AccountChanged}), and a sign-in still being
     * stored that read the account before it is refused (its sign-in version is raised).
     */
    private void endSignIns(UserView user) {
        store.endSignIns(user.id());
        events.publishEvent(new AccountChanged(user.username()));
    }

    /** @return whether what a session holds of the user (its {@code Actor}) changed; email and phone it does not hold */
    private static boolean signsInDifferently(UserView before, UserView after) {
        return !before.username().equals(after.username())
                || !java.util.Objects.equals(before.displayName(), after.displayName())
                || !java.util.Objects.equals(before.unitId(), after.unitId())
                || !before.roles().equals(after.roles());
    }

    static AuditSubject subject(UserView user) {
        return new AuditSubject(ENTITY, user.id(), null, user.unitId());
    }

    /** The audited fields; {@code before} null for a new user. Never the password or its hash. */
    static List<FieldChange> changes(UserView before, UserView after) {
        return List.of(
                new FieldChange("username", before == null ? null : before.username(), after.username()),
                new FieldChange("displayName", before == null ? null : before.displayName(), after.displayName()),
                new FieldChange("unit", before == null ? null : before.unitName(), after.unitName()),
                new FieldChange("roles", before == null ? null : before.roleNames(), after.roleNames()),
                new FieldChange("email", before == null ? null : before.email(), after.email()),
                new FieldChange("phone", before == null ? null : before.phone(), after.phone()),
                new FieldChange(
                        "enabled",
                        before == null ? null : String.valueOf(before.enabled()),
                        String.valueOf(after.enabled())));
    }
}
