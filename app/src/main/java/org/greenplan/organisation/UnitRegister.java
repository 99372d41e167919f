package org.greenplan.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's administration of directory units: their contact persons (联络员) and units registered
 * by a bulk import. Callers that must audit a change call these methods inside their own transaction.
 */
@Service
public class UnitRegister {
    private static final String SELECT =
            "select id, name, confirmed, contact_name, contact_phone, contact_email, version "
                    + "from responsible_unit ";
    private final JdbcClient jdbc;

    UnitRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the region's confirmed units with their contact persons, by name */
    public List<UnitRecord> confirmedUnits(long regionId) {
        Map<Long, List<String>> aliases = aliases(regionId);
        return jdbc.sql(SELECT + "where region_id = ? and confirmed order by name")
                .param(regionId)
                .query((rs, i) -> new UnitRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        aliases.getOrDefault(rs.getLong(1), List.of()),
                        rs.getBoolean(3),
                        new UnitContact(rs.getString(4), rs.getString(5), rs.getString(6)),
                        rs.getInt(7)))
                .list();
    }

    /**
     * @return the unit with its aliases and contact person
     * @throws NoSuchElementException when there is no such unit
     */
    public UnitRecord unit(long unitId) {
        List<String> aliases = jdbc.sql("select alias from unit_alias where unit_id = ? order by alias")
                .param(unitId)
                .query(String.class)
                .list();
        return jdbc.sql(SELECT + "where id = ?")
                .param(unitId)
                .query((rs, i) -> new UnitRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        aliases,
                        rs.getBoolean(3),
                        new UnitContact(rs.getString(4), rs.getString(5), rs.getString(6)),
                        rs.getInt(7)))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no responsible unit " + unitId));
    }

    /**
     * Finds the unit a name or alias names (NFKC, white space ignored, as imports match names).
     *
     * @return the unit's id, or empty when the region has no unit of that name
     */
    public Optional<Long> find(long regionId, String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(knownNames(regionId).get(UnitNames.key(nameOrAlias)));
    }

    /**
     * Replaces a unit's contact person, when the unit is still at the version the editor saw.
     *
     * @return the contact before the change
     * @throws NoSuchElementException             when there is no such unit
     * @throws OptimisticLockingFailureException when someone changed the unit since {@code expectedVersion}
     * @throws IllegalArgumentException           when the phone or e-mail has no valid format ({@link ContactFormats})
     */
    @Transactional
    public UnitContact updateContact(long unitId, int expectedVersion, UnitContact contact) {
        requireFormats(contact);
        UnitRecord before = unit(unitId);
        int updated = jdbc.sql("""
                        update responsible_unit set contact_name = ?, contact_phone = ?, contact_email = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(contact.name(), contact.phone(), contact.email(), unitId, expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "responsible unit " + unitId + " changed since version " + expectedVersion);
        }
        return before.contact();
    }

    /**
     * Registers a new confirmed unit with its aliases and contact person.
     *
     * @return the new unit's id
     * @throws org.springframework.dao.DuplicateKeyException when the name or an alias is taken in the region
     */
    @Transactional
    public long register(long regionId, String name, List<String> aliases, UnitContact contact) {
        requireFormats(contact);
        long id = jdbc.sql("""
                        insert into responsible_unit (region_id, name, confirmed, contact_name, contact_phone, contact_email)
                        values (?, ?, true, ?, ?, ?) returning id""")
                .params(regionId, name.strip(), contact.name(), contact.phone(), contact.email())
                .query(Long.class)
                .single();
        addAliases(id, regionId, aliases);
        return id;
    }

    /**
     * Adds aliases to a unit; those it already has are skipped.
     *
     * @return the aliases actually added
     * @throws org.springframework.dao.DuplicateKeyException when an alias names another unit of the region
     */
    @Transactional
    public List<String> addAliases(long unitId, long regionId, List<String> aliases) {
        List<String> added = new ArrayList<>();
        for (String alias : aliases) {
            Optional<Long> owner = find(regionId, alias);
            if (owner.isPresent() && owner.get() == unitId) {
                continue;
            }
            jdbc.sql("insert into unit_alias (unit_id, region_id, alias) values (?, ?, ?)")
                    .params(unitId, regionId, alias.strip())
                    .update();
            added.add(alias.strip());
        }
        return added;
    }

    private static void requireFormats(UnitContact contact) {
        if (!ContactFormats.isPhoneOrEmpty(contact.phone()) || !ContactFormats.isEmailOrEmpty(contact.email())) {
            throw new IllegalArgumentException("contact phone or e-mail has no valid format");
        }
    }

    private Map<Long, List<String>> aliases(long regionId) {
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("select unit_id, alias from unit_alias where region_id = ? order by alias")
                .param(regionId)
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return aliases;
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
}
