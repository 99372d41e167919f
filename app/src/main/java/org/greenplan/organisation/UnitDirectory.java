package org.greenplan.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of responsible units of each region.
 *
 * <p>Names are matched on their canonical form and every alias after NFKC normalisation, so
 * 市发改委, 市发展改革委 and 市发展和改革委员会 resolve to one unit.
 */
@Service
public class UnitDirectory {
    private final JdbcClient jdbc;
    private final String defaultRegionName;
    private final ObjectProvider<CurrentRegion> currentRegion;
    private final org.greenplan.audit.AuditTrail audit;

    UnitDirectory(
            JdbcClient jdbc,
            @Value("${greenplan.region}") String defaultRegionName,
            ObjectProvider<CurrentRegion> currentRegion,
            org.greenplan.audit.AuditTrail audit) {
        this.jdbc = jdbc;
        this.defaultRegionName = defaultRegionName;
        this.currentRegion = currentRegion;
        this.audit = audit;
    }

    /**
     * @return the region the current office works in: a county or district office's own region
     *         ({@link CurrentRegion}), else the city ({@code greenplan.region}, default 宿州市, created on
     *         first use when missing). Plans are imported into it and its unit directory is the one shown
     */
    @Transactional
    public Region defaultRegion() {
        CurrentRegion current = currentRegion.getIfAvailable();
        java.util.Optional<Long> scoped = current == null ? java.util.Optional.empty() : current.scopedRegionId();
        if (scoped.isPresent()) {
            return jdbc.sql("select id, name from region where id = ?")
                    .param(scoped.get())
                    .query((rs, i) -> new Region(rs.getLong("id"), rs.getString("name")))
                    .single();
        }
        jdbc.sql("insert into region (name, level) values (?, 'CITY') on conflict (name) do nothing")
                .param(defaultRegionName)
                .update();
        return jdbc.sql("select id, name from region where name = ?")
                .param(defaultRegionName)
                .query((rs, i) -> new Region(rs.getLong("id"), rs.getString("name")))
                .single();
    }

    /**
     * Resolves printed unit names to units of the region, creating unknown ones unconfirmed.
     * Must run inside the caller's transaction so that a failed import creates no unit.
     *
     * <p>Safe against concurrent imports naming the same new unit: each unknown name is inserted with
     * {@code on conflict do nothing} and then read back, so the second import waits for the first one's
     * row and uses it instead of failing on the unique key. New names are inserted in a fixed order
     * (by name) so that two imports creating the same set of units cannot deadlock.
     *
     * @param regionId     region of the plan
     * @param printedNames names as printed in the document
     * @return one resolution per distinct printed name, in the order first met; {@code created} is
     *         true only for the import whose insert made the unit
     */
    @Transactional
    public List<ResolvedUnit> resolveAll(long regionId, Iterable<String> printedNames) {
        Map<String, Long> byKey = knownNames(regionId);
        Map<String, String> unknownByKey = new TreeMap<>();
        for (String printed : printedNames) {
            unknownByKey.putIfAbsent(UnitNames.key(printed), printed);
        }
        unknownByKey.keySet().removeAll(byKey.keySet());
        Map<String, Long> createdByKey = new HashMap<>();
        unknownByKey.forEach((key, printed) -> {
            Long inserted = insertUnconfirmed(regionId, printed);
            long id = inserted != null ? inserted : existingUnit(regionId, printed);
            byKey.put(key, id);
            if (inserted != null) {
                createdByKey.put(key, id);
            }
        });
        Map<String, ResolvedUnit> resolved = new LinkedHashMap<>();
        for (String printed : printedNames) {
            String key = UnitNames.key(printed);
            boolean created = createdByKey.remove(key) != null;
            resolved.putIfAbsent(printed, new ResolvedUnit(printed, byKey.get(key), created));
        }
        return List.copyOf(resolved.values());
    }

    /** @return the region's units, unconfirmed ones first, then by name */
    public List<ResponsibleUnit> units(long regionId) {
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("select unit_id, alias from unit_alias where region_id = ? order by alias")
                .param(regionId)
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("select id, region_id, name, confirmed from responsible_unit where region_id = ? "
                        + "order by confirmed, name")
                .param(regionId)
                .query((rs, i) -> new ResponsibleUnit(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        aliases.getOrDefault(rs.getLong(1), List.of()),
                        rs.getBoolean(4)))
                .list();
    }

    /**
     * Marks a unit created by an import as checked by the office, and records it in the audit trail (entity UNIT,
     * action UNIT_CONFIRMED, with the unit's name); confirming a unit already confirmed changes and records nothing.
     *
     * @throws NoSuchElementException when there is no such unit
     */
    @Transactional
    public void confirm(long unitId) {
        String name = jdbc.sql("update responsible_unit set confirmed = true where id = ? and not confirmed"
                        + " returning name")
                .param(unitId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (name != null) {
            audit.record(
                    new org.greenplan.audit.AuditSubject("UNIT", unitId, null, unitId), "UNIT_CONFIRMED", name, null);
        } else if (jdbc.sql("select count(*) from responsible_unit where id = ?")
                        .param(unitId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new NoSuchElementException("no responsible unit " + unitId);
        }
    }

    /**
     * Folds a unit into another of the same region: its name becomes an alias of {@code intoUnitId} and
     * it is deleted. Callers move whatever refers to it first, in the same transaction.
     *
     * @throws NoSuchElementException   when either unit does not exist
     * @throws IllegalArgumentException when both are the same unit or lie in different regions
     */
    @Transactional
    public void absorb(long unitId, long intoUnitId) {
        ResponsibleUnit from = unit(unitId);
        ResponsibleUnit into = unit(intoUnitId);
        requireMergeable(from, into);
        jdbc.sql("update unit_alias set unit_id = ? where unit_id = ?")
                .params(into.id(), from.id())
                .update();
        jdbc.sql("insert into unit_alias (unit_id, region_id, alias) values (?, ?, ?) on conflict do nothing")
                .params(into.id(), into.regionId(), from.name())
                .update();
        jdbc.sql("delete from responsible_unit where id = ?").param(from.id()).update();
    }

    /**
     * Deletes the units an import created and the office has not confirmed, except those still in use
     * (with their aliases). Run by a discarded import so that its new units go with it.
     *
     * @param inUse ids of the units something still refers to (the plans' assignments)
     */
    @Transactional
    public void removeUnconfirmedExcept(java.util.Set<Long> inUse) {
        jdbc.sql("delete from responsible_unit where not confirmed and id <> all(?)")
                .param(inUse.toArray(Long[]::new))
                .update();
    }

    /**
     * Checks that {@code unitId} may be merged into {@code intoUnitId}: only a unit an import created and
     * the office has not confirmed may be merged, into another unit of its region. A confirmed unit is a
     * directory entry the office vouched for; it is never folded into another by a merge.
     *
     * @throws java.util.NoSuchElementException when either unit does not exist
     * @throws IllegalStateException            when {@code unitId} is confirmed
     * @throws IllegalArgumentException         when both are the same unit or lie in different regions
     */
    public void requireMergeable(long unitId, long intoUnitId) {
        requireMergeable(unit(unitId), unit(intoUnitId));
    }

    private static void requireMergeable(ResponsibleUnit from, ResponsibleUnit into) {
        if (from.confirmed()) {
            throw new IllegalStateException("unit " + from.id() + " is confirmed and cannot be merged");
        }
        if (from.id() == into.id() || from.regionId() != into.regionId()) {
            throw new IllegalArgumentException("cannot merge a unit into itself or into a unit of another region");
        }
    }

    private ResponsibleUnit unit(long unitId) {
        return jdbc.sql("select id, region_id, name, confirmed from responsible_unit where id = ?")
                .param(unitId)
                .query((rs, i) ->
                        new ResponsibleUnit(rs.getLong(1), rs.getLong(2), rs.getString(3), List.of(), rs.getBoolean(4)))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no responsible unit " + unitId));
    }

    private Map<String, Long> knownNames(long regionId) {
        Map<String, Long> byKey = new HashMap<>();
        jdbc.sql("select id, name from responsible_unit where region_id = ?")
                .param(regionId)
                .query(rs -> {
                    byKey.put(UnitNames.key(rs.getString(2)), rs.getLong(1));
                });
        jdbc.sql("select unit_id, alias from unit_alias where region_id = ?")
                .param(regionId)
                .query(rs -> {
                    byKey.putIfAbsent(UnitNames.key(rs.getString(2)), rs.getLong(1));
                });
        return byKey;
    }

    /** @return the new unit's id, or null when a unit of that name already exists (perhaps just committed) */
    private Long insertUnconfirmed(long regionId, String printedName) {
        return jdbc.sql("insert into responsible_unit (region_id, name, confirmed) values (?, ?, false) "
                        + "on conflict (region_id, name) do nothing returning id")
                .params(regionId, printedName.strip())
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long existingUnit(long regionId, String printedName) {
        return jdbc.sql("select id from responsible_unit where region_id = ? and name = ?")
                .params(regionId, printedName.strip())
                .query(Long.class)
                .single();
    }
}
