package org.greenplan.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region tree: the city whose office runs the action plan and the counties and districts under it
 * (the 宿州 notice is addressed to 各县、区). Each plan belongs to one region ({@code plan.region_id}); a county
 * or district office runs its own plan, which the city rolls up.
 */
@Service
@Transactional(readOnly = true)
public class Regions {
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Regions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @return every region in tree order: each region followed by its children, siblings by id */
    public List<RegionNode> tree() {
        List<RegionNode> all = jdbc.sql("select id, name, level, parent_id from region order by id")
                .query((rs, i) -> new RegionNode(
                        rs.getLong("id"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")), (Long)
                                rs.getObject("parent_id")))
                .list();
        Map<Long, List<RegionNode>> byParent =
                all.stream().filter(r -> r.parentId() != null).collect(Collectors.groupingBy(RegionNode::parentId));
        List<RegionNode> ordered = new ArrayList<>();
        all.stream().filter(r -> r.parentId() == null).forEach(r -> visit(r, byParent, ordered));
        return ordered;
    }

    /** @return the region, or empty */
    public Optional<RegionNode> find(long regionId) {
        return tree().stream().filter(r -> r.id() == regionId).findFirst();
    }

    /** @return the regions directly under {@code regionId}, by id (the order they were added) */
    public List<RegionNode> children(long regionId) {
        return tree().stream()
                .filter(r -> r.parentId() != null && r.parentId() == regionId)
                .sorted(Comparator.comparingLong(RegionNode::id))
                .toList();
    }

    /** @return the ids of the region and of every region below it */
    public Set<Long> subtree(long regionId) {
        return Set.copyOf(jdbc.sql("""
                        with recursive below (id) as (
                            select id from region where id = ?
                            union all
                            select r.id from region r join below b on r.parent_id = b.id)
                        select id from below""").param(regionId).query(Long.class).list());
    }

    /**
     * Adds a region under another: a county or district under a city, a city under a province. Recorded in
     * the audit trail (entity REGION).
     *
     * @param name     its name, unique among all regions (e.g. 砀山县)
     * @param level    its level
     * @param parentId the region above it
     * @return the new region
     * @throws NoSuchElementException   when there is no such parent
     * @throws IllegalArgumentException when the name is blank or taken, or the parent cannot hold the level
     */
    @Transactional
    public RegionNode add(String name, RegionLevel level, long parentId) {
        RegionNode parent = find(parentId).orElseThrow(() -> new NoSuchElementException("no region " + parentId));
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || !parent.level().holds(level)) {
            throw new IllegalArgumentException(
                    "a " + parent.level() + " cannot hold a " + level + " named '" + trimmed + "'");
        }
        Long id = jdbc.sql("insert into region (name, level, parent_id) values (?, ?, ?) "
                        + "on conflict (name) do nothing returning id")
                .params(trimmed, level.name(), parentId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("a region named '" + trimmed + "' exists"));
        audit.record(AuditSubject.of("REGION", id), "REGION_ADDED", parent.name() + " / " + trimmed, null);
        return new RegionNode(id, trimmed, level, parentId);
    }

    private static void visit(RegionNode node, Map<Long, List<RegionNode>> byParent, List<RegionNode> into) {
        into.add(node);
        byParent.getOrDefault(node.id(), List.of()).forEach(child -> visit(child, byParent, into));
    }
}
