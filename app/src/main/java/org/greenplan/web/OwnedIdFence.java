package org.greenplan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.organisation.Regions;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanOwnedIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Decides whether the ids a request names may be opened: every plan-owned id ({@link PlanOwnedIds}, declared by
 * the module owning it) must exist and belong to a plan of the reader's region, and all of them to the same plan;
 * a unit id ({@code unitId}) must exist, be of the reader's region and, where the request names a plan, be a
 * responsible unit of that plan; a region id ({@code regionId}) must exist and be the reader's region or one
 * below it. Anything else answers {@link NoSuchElementException} (404, as if the thing did not exist).
 */
@Component
class OwnedIdFence {
    /** The variable that names a responsible unit (责任单位); its region decides. */
    static final String UNIT = "unitId";

    /** The variable that names a region of the tree; a scoped office names only its own or those below. */
    static final String REGION = "regionId";

    private final RegionScope scope;
    private final OfficeRegions offices;
    private final Regions regions;
    private final ObjectProvider<PlanCatalog> catalog;
    // read once, when first asked: each module declares its kinds as beans, and the fence is asked on every request
    private final SingletonSupplier<Map<String, PlanOwnedIds>> byVariable;
    private final SingletonSupplier<Set<String>> variables;

    OwnedIdFence(
            ObjectProvider<PlanOwnedIds> declared,
            RegionScope scope,
            OfficeRegions offices,
            Regions regions,
            ObjectProvider<PlanCatalog> catalog) {
        this.byVariable = SingletonSupplier.of(() -> byVariable(declared));
        this.variables = SingletonSupplier.of(
                () -> withUnitsAndRegions(byVariable.obtain().keySet()));
        this.scope = scope;
        this.offices = offices;
        this.regions = regions;
        this.catalog = catalog;
    }

    /** @return every variable the fence checks: the declared plan-owned ones, {@code unitId} and {@code regionId} */
    Set<String> variables() {
        return variables.obtain();
    }

    private static Set<String> withUnitsAndRegions(Set<String> declared) {
        Set<String> all = new HashSet<>(declared);
        all.add(UNIT);
        all.add(REGION);
        return Set.copyOf(all);
    }

    /**
     * @param inPath   the ids the request's path names, by variable (only variables of {@link #variables()}); one
     *                 that does not exist is left to the controller (which answers 404, or 403 first when the
     *                 reader's role may not use the page at all), except for a scoped office
     * @param inParams the ids its request parameters name, by variable; one that does not exist is a 404
     * @throws NoSuchElementException when one does not exist or is out of the reader's region, or the plan-owned
     *                                ids belong to different plans
     */
    void check(Map<String, List<Long>> inPath, Map<String, List<Long>> inParams) {
        Optional<Set<Long>> visible = scope.visibleRegionIds();
        List<Named> named = new ArrayList<>();
        // a path id naming nothing is the controller's to answer, unless the reader is a scoped office
        inPath.forEach((variable, ids) -> ids.forEach(id -> named.add(new Named(variable, id, visible.isEmpty()))));
        inParams.forEach((variable, ids) -> ids.forEach(id -> named.add(new Named(variable, id, false))));
        Set<Long> plans = new HashSet<>();
        for (Named id : named) {
            PlanOwnedIds kind = byVariable.obtain().get(id.variable());
            if (kind != null) {
                // each id is looked up once: its plan both proves it exists and places it
                kind.planOf(id.id()).ifPresentOrElse(plans::add, () -> id.missingUnlessLenient());
            }
        }
        if (plans.size() > 1) {
            throw new NoSuchElementException("the ids " + named + " belong to different plans " + plans);
        }
        for (long plan : plans) {
            if (visible.isPresent()
                    && !offices.regionOfPlan(plan).map(visible.get()::contains).orElse(false)) {
                throw new NoSuchElementException("no plan " + plan + " in this office's region");
            }
        }
        checkUnits(named.stream().filter(n -> UNIT.equals(n.variable())).toList(), plans, visible);
        for (Named region : named) {
            if (!REGION.equals(region.variable())) {
                continue;
            }
            if (regions.find(region.id()).isEmpty()) {
                region.missingUnlessLenient();
            } else if (visible.map(v -> !v.contains(region.id())).orElse(false)) {
                throw missing(REGION, region.id());
            }
        }
    }

    private void checkUnits(List<Named> units, Set<Long> plans, Optional<Set<Long>> visible) {
        if (units.isEmpty()) {
            return;
        }
        Set<Long> ofPlan = plans.isEmpty()
                ? null
                : catalog.getObject().unitIdsOf(plans.iterator().next());
        for (Named unit : units) {
            Optional<Long> region = offices.regionOfUnit(unit.id());
            if (region.isEmpty()) {
                unit.missingUnlessLenient();
            } else if (visible.map(v -> !v.contains(region.get())).orElse(false)
                    || (ofPlan != null && !ofPlan.contains(unit.id()))) {
                throw missing(UNIT, unit.id());
            }
        }
    }

    /**
     * One id a request names.
     *
     * @param lenient whether naming nothing is left to the controller (a path id, for readers who are not a
     *                scoped office) rather than answered 404 here
     */
    private record Named(String variable, long id, boolean lenient) {
        void missingUnlessLenient() {
            if (!lenient) {
                throw missing(variable, id);
            }
        }

        @Override
        public String toString() {
            return variable + "=" + id;
        }
    }

    private static Map<String, PlanOwnedIds> byVariable(ObjectProvider<PlanOwnedIds> declared) {
        Map<String, PlanOwnedIds> known = new HashMap<>();
        for (PlanOwnedIds kind : declared.orderedStream().toList()) {
            if (known.put(kind.variable(), kind) != null) {
                throw new IllegalStateException("two modules declare the id variable " + kind.variable());
            }
        }
        return Map.copyOf(known);
    }

    private static NoSuchElementException missing(String variable, long id) {
        return new NoSuchElementException("no " + variable + " " + id + " for this reader");
    }
}
