package org.greenplan.organisation;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * County and district offices: office admins whose account is scoped to a region below the city
 * ({@code office_region}). A scoped office imports into its region and sees only the plans of its region
 * and the regions below it; an office admin without a scope is the city office and sees every plan.
 */
@Service
@Transactional(readOnly = true)
public class OfficeRegions {
    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;

    OfficeRegions(JdbcClient jdbc, Regions regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /**
     * A scoped office account.
     *
     * @param userId   the user
     * @param username its username
     * @param region   its region
     */
    public record ScopedOffice(long userId, String username, RegionNode region) {}

    /** @return the region the user's account is scoped to, or empty for the city office and other users */
    public Optional<RegionNode> scopeOf(long userId) {
        return jdbc.sql("select region_id from office_region where user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional()
                .flatMap(regions::find);
    }

    /** @return every scoped office account, by region then username */
    public List<ScopedOffice> scopedOffices() {
        return jdbc.sql("""
                        select o.user_id, u.username, o.region_id from office_region o join app_user u on u.id = o.user_id
                        order by o.region_id, u.username""")
                .query((rs, i) -> new ScopedOffice(
                        rs.getLong("user_id"),
                        rs.getString("username"),
                        regions.find(rs.getLong("region_id")).orElseThrow()))
                .list();
    }

    /**
     * @param regionId the scoped region, or empty for unrestricted
     * @return the ids of the regions whose plans such an office sees: its region and those below it; empty
     *         when unrestricted. One statement at most (none when unrestricted, as on every leader's page), so no
     *         transaction of its own: it used to take a pooled connection even to answer empty.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Set<Long>> visibleRegions(Optional<Long> regionId) {
        return regionId.map(regions::subtree);
    }

    /** @return the region a plan belongs to, or empty when there is no such plan */
    public Optional<Long> regionOfPlan(long planId) {
        return jdbc.sql("select region_id from plan where id = ?")
                .param(planId)
                .query(Long.class)
                .optional();
    }

    /** @return the region a responsible unit belongs to, or empty when there is no such unit */
    public Optional<Long> regionOfUnit(long unitId) {
        return jdbc.sql("select region_id from responsible_unit where id = ?")
                .param(unitId)
                .query(Long.class)
                .optional();
    }

    /**
     * Scopes an office admin's account to a county or district, or back to the city (recorded in the
     * audit trail, entity USER).
     *
     * @param username the account's username (case-insensitive)
     * @param regionId the county or district, or null to make it a city office again
     * @param reason   why, shown in the audit trail
     * @throws NoSuchElementException   when there is no such user or region
     * @throws IllegalArgumentException when the user is no office admin, or the region is a city or province
     */
    @Transactional
    public void scope(String username, Long regionId, String reason) {
        long userId = officeAdmin(username);
        if (regionId == null) {
            jdbc.sql("delete from office_region where user_id = ?")
                    .param(userId)
                    .update();
            audit.record(AuditSubject.of("USER", userId), "REGION_SCOPE_CLEARED", reason);
            return;
        }
        RegionNode region =
                regions.find(regionId).orElseThrow(() -> new NoSuchElementException("no region " + regionId));
        if (region.level() != RegionLevel.COUNTY && region.level() != RegionLevel.DISTRICT) {
            throw new IllegalArgumentException("only a county or district office is scoped: " + region.name());
        }
        jdbc.sql("""
                        insert into office_region (user_id, region_id) values (?, ?)
                        on conflict (user_id) do update set region_id = excluded.region_id, assigned_at = now()""").params(userId, regionId).update();
        audit.record(AuditSubject.of("USER", userId), "REGION_SCOPED", region.name(), reason);
    }

    private long officeAdmin(String username) {
        return jdbc.sql("""
                        select u.id from app_user u join app_user_role r on r.user_id = u.id
                        where lower(u.username) = lower(?) and r.role = 'OFFICE_ADMIN'""")
                .param(username == null ? "" : username.strip())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no office admin " + username));
    }
}
