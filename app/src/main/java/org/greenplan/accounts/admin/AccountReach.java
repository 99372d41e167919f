package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.accounts.Role;
import org.greenplan.organisation.CurrentRegion;
import org.greenplan.organisation.OfficeRegions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which accounts a county or district office may administer, and what it may grant (the region fence for
 * accounts). The city office (an office admin without a region scope), the command line and the first start
 * reach every account. A scoped office reaches only the accounts of its region ({@link OfficeRegions}: its
 * region and the regions below it): unit users whose unit is of that region, and office admins scoped to it;
 * never the city office, leaders or other counties' accounts, which it is told do not exist (404). It may grant
 * only the unit roles (UNIT_REPORTER, UNIT_LEADER) of a unit of its region: OFFICE_ADMIN would make an unscoped
 * account, i.e. a city office, and LEADER reads every region, so a role beyond the unit roles that the account
 * does not already hold is refused ({@code user.roles.beyondRegion}). An office of its own region keeps its
 * OFFICE_ADMIN role on an edit.
 */
@Component
class AccountReach {
    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_REPORTER, Role.UNIT_LEADER);
    private final ObjectProvider<CurrentRegion> current;
    private final OfficeRegions offices;
    private final UserStore store;

    AccountReach(ObjectProvider<CurrentRegion> current, OfficeRegions offices, UserStore store) {
        this.current = current;
        this.offices = offices;
        this.store = store;
    }

    /** @return the region ids the current office administers, or empty for no restriction (the city office) */
    Optional<Set<Long>> regions() {
        CurrentRegion region = current.getIfAvailable();
        return region == null ? Optional.empty() : offices.visibleRegions(region.scopedRegionId());
    }

    /** @return the office admins scoped to one of {@code regions}: the region's own offices' user ids */
    Set<Long> officesOf(Set<Long> regions) {
        return offices.scopedOffices().stream()
                .filter(office -> regions.contains(office.region().id()))
                .map(OfficeRegions.ScopedOffice::userId)
                .collect(Collectors.toSet());
    }

    /**
     * The roles that can occur among the accounts the current office reaches, for the user list's role filter:
     * every role for the city office; for a county or district office the unit roles (its units' accounts hold
     * only those, {@link UserRules}) and the roles its region's office accounts hold (OFFICE_ADMIN, as only an
     * office admin is scoped to a region). Never LEADER unless one of its own office accounts holds it.
     *
     * @return the roles, in declaration order
     */
    Set<Role> listable() {
        Optional<Set<Long>> regions = regions();
        if (regions.isEmpty()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> listable = EnumSet.copyOf(UNIT_ROLES);
        officesOf(regions.get())
                .forEach(office -> listable.addAll(store.user(office).roles()));
        return listable;
    }

    /**
     * @param user an account
     * @return the account, when the current office may administer it
     * @throws NoSuchElementException when it is outside the current office's region (as if it did not exist)
     */
    UserView require(UserView user) {
        Optional<Set<Long>> regions = regions();
        if (regions.isEmpty() || reaches(user, regions.get())) {
            return user;
        }
        throw new NoSuchElementException("no user " + user.id() + " in this office's region");
    }

    /**
     * The one rule of what the current office may grant, read by the forms, the import template and the checks
     * alike: every role for the city office; the unit roles, plus those the account holds already, for a county
     * or district office.
     *
     * @param held the roles the account holds now (none for a new one)
     * @return the roles the current office may give the account, in declaration order
     */
    Set<Role> grantable(Set<Role> held) {
        if (regions().isEmpty()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> grantable = EnumSet.copyOf(UNIT_ROLES);
        grantable.addAll(held);
        return grantable;
    }

    /**
     * @param draft the account as it would be saved
     * @param held  the roles the account holds now (none for a new one)
     * @return the fields that grant more than the current office may: a role beyond the unit roles that is not
     *         held already, a unit outside its region
     */
    List<FieldProblem> problems(UserDraft draft, Set<Role> held) {
        Optional<Set<Long>> regions = regions();
        List<FieldProblem> problems = new ArrayList<>();
        if (regions.isEmpty()) {
            return problems;
        }
        Set<Role> grantable = grantable(held);
        for (Role role : draft.roles()) {
            if (!grantable.contains(role)) {
                problems.add(FieldProblem.of("roles", "user.roles.beyondRegion", FieldProblem.roleName(role)));
            }
        }
        if (draft.unitId() != null
                && offices.regionOfUnit(draft.unitId())
                        .map(r -> !regions.get().contains(r))
                        .orElse(false)) {
            problems.add(FieldProblem.of(
                    "unitId", "user.unit.unknown", draft.unitId().toString()));
        }
        return problems;
    }

    private boolean reaches(UserView user, Set<Long> regions) {
        if (user.unitId() != null) {
            return offices.regionOfUnit(user.unitId()).map(regions::contains).orElse(false);
        }
        return offices.scopeOf(user.id()).map(r -> regions.contains(r.id())).orElse(false);
    }
}
