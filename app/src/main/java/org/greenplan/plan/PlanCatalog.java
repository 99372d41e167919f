package org.greenplan.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenplan.plan.internal.OutlineBuilder;
import org.greenplan.plan.internal.PlanSummaryMapper;
import org.greenplan.plan.internal.TaskQueries;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.IssueView;
import org.greenplan.plan.view.OutlineEntry;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of plans: the one place the pages, the ledger export and the command line get their
 * numbers from.
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {
    private final JdbcClient jdbc;
    private final TaskQueries tasks;
    private final List<PlanRegionScope> scopes;

    PlanCatalog(JdbcClient jdbc, List<PlanRegionScope> scopes) {
        this.jdbc = jdbc;
        this.tasks = new TaskQueries(jdbc);
        this.scopes = scopes;
    }

    /**
     * @return the plans in use (drafts and published plans), newest first; withdrawn plans are left out;
     *         for a county or district office only its region's ({@link PlanRegionScope})
     */
    public List<PlanSummary> plans() {
        return listed("p.state <> 'WITHDRAWN'", "p.created_at desc, p.id desc");
    }

    /** @return withdrawn plans (撤回), most recently withdrawn first; kept with their history; scoped as {@link #plans()} */
    public List<PlanSummary> withdrawnPlans() {
        return listed("p.state = 'WITHDRAWN'", "p.withdrawn_at desc, p.id desc");
    }

    /**
     * The plans the current reader may see, withdrawn ones included: for a county or district office only
     * its region's ({@link PlanRegionScope}), for everyone else every plan.
     *
     * @param items   the items of a list page (review queue, close-out requests, 催办单, briefings, rounds …)
     * @param planOf  the plan an item belongs to
     * @param <T>     the item type
     * @return the items of the plans the reader may see, in their order
     */
    public <T> List<T> visibleOnly(List<T> items, java.util.function.ToLongFunction<T> planOf) {
        Optional<Set<Long>> regions = visibleRegions();
        if (regions.isEmpty() || items.isEmpty()) {
            return items;
        }
        Set<Long> plans = Set.copyOf(jdbc.sql("select id from plan where region_id in (:regions)")
                .param("regions", regions.get().isEmpty() ? Set.of(-1L) : regions.get())
                .query(Long.class)
                .list());
        return items.stream()
                .filter(item -> plans.contains(planOf.applyAsLong(item)))
                .toList();
    }

    private Optional<Set<Long>> visibleRegions() {
        return scopes.stream()
                .map(PlanRegionScope::visibleRegionIds)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private List<PlanSummary> listed(String condition, String order) {
        Optional<Set<Long>> regions = visibleRegions();
        if (regions.isEmpty()) {
            return jdbc.sql(PlanSummaryMapper.SELECT + " where " + condition + " order by " + order)
                    .query(PlanSummaryMapper::map)
                    .list();
        }
        return jdbc.sql(PlanSummaryMapper.SELECT + " where " + condition + " and p.region_id in (:regions) order by "
                        + order)
                .param("regions", regions.get().isEmpty() ? java.util.Set.of(-1L) : regions.get())
                .query(PlanSummaryMapper::map)
                .list();
    }

    /**
     * @return the audit trail of a plan (撤回, 删除, 发布), oldest first; a discarded plan keeps its entries
     */
    public List<AuditEntry> auditTrail(long planId) {
        return jdbc.sql("""
                select occurred_at, action, detail, reason from audit_event
                where entity = 'PLAN' and entity_id = ? order by occurred_at, id""")
                .param(planId)
                .query((rs, i) -> new AuditEntry(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** @return the plan, or empty when there is none with that id */
    public Optional<PlanSummary> plan(long planId) {
        return jdbc.sql(PlanSummaryMapper.SELECT + " where p.id = ?")
                .param(planId)
                .query(PlanSummaryMapper::map)
                .optional();
    }

    /**
     * @param regionId   the region whose plans are compared (another region's plans are never named: its office
     *                   may not open them)
     * @param title      a document title
     * @param issuedDate its issued date, or null
     * @return the region's plans with this title and issued date, newest first (a second import of one document
     *         in other bytes looks like this)
     */
    public List<PlanSummary> plansLike(long regionId, String title, java.time.LocalDate issuedDate) {
        return jdbc.sql(PlanSummaryMapper.SELECT
                        + " where p.region_id = ? and p.title = ? and p.issued_date is not distinct from ?"
                        + " order by p.created_at desc, p.id desc")
                .params(regionId, title, issuedDate)
                .query(PlanSummaryMapper::map)
                .list();
    }

    /**
     * @param regionId the region importing the file: the same bytes are imported once per region
     *                 ({@code plan_source (region_id, sha256)} is unique, V107)
     * @param sha256   the file's SHA-256, lower-case hex
     * @return the region's plan imported from a file with this SHA-256, if any; another region's never
     */
    public Optional<PlanSummary> planBySourceSha256(long regionId, String sha256) {
        return jdbc.sql(PlanSummaryMapper.SELECT + " where s.region_id = ? and s.sha256 = ?")
                .params(regionId, sha256)
                .query(PlanSummaryMapper::map)
                .optional();
    }

    /** @return the region a plan belongs to ({@code plan.region_id}), or empty when there is no such plan */
    public Optional<Long> regionOf(long planId) {
        return jdbc.sql("select region_id from plan where id = ?")
                .param(planId)
                .query(Long.class)
                .optional();
    }

    /**
     * The plan's headings and tasks in document order.
     *
     * @param planId plan id
     * @param unitId when not null, only tasks naming this unit (本单位任务) and the headings above them
     * @return entries in document order; empty when the plan does not exist
     */
    public List<OutlineEntry> outline(long planId, Long unitId) {
        List<HeadingView> headings = headings(planId);
        List<TaskView> taskViews = tasks.ofPlan(planId, unitId);
        return OutlineBuilder.build(headings, taskViews, unitId != null);
    }

    /** @return every task of the plan in document order, optionally only those naming {@code unitId} */
    public List<TaskView> tasks(long planId, Long unitId) {
        return tasks.ofPlan(planId, unitId);
    }

    /** @return the task if it belongs to the plan */
    public Optional<TaskView> task(long planId, long taskId) {
        return tasks.one(planId, taskId);
    }

    /**
     * @param taskId a task id as a URL names it
     * @return the id of the plan the task belongs to; empty when there is no such task
     */
    public Optional<Long> planOfTask(long taskId) {
        return jdbc.sql("select plan_id from task where id = ?")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    /** @return the headings of the plan in document order */
    public List<HeadingView> headings(long planId) {
        return jdbc.sql("select id, parent_id, level, number, title from plan_node where plan_id = ? order by position")
                .param(planId)
                .query((rs, i) -> new HeadingView(
                        rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** @return units named by the plan's tasks with their task counts, by first appearance */
    public List<UnitTaskCount> units(long planId) {
        return jdbc.sql("""
                select u.id, u.name, u.confirmed, count(distinct a.task_id) as tasks, min(t.position) as first
                from assignment a join task t on t.id = a.task_id join responsible_unit u on u.id = a.unit_id
                where t.plan_id = ? group by u.id, u.name, u.confirmed order by first, u.name""")
                .param(planId)
                .query((rs, i) -> new UnitTaskCount(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)))
                .list();
    }

    /** @return the ids of the units the plan's tasks name (its responsible units), for checking a URL's unit */
    public Set<Long> unitIdsOf(long planId) {
        return Set.copyOf(jdbc.sql("""
                        select distinct a.unit_id from assignment a join task t on t.id = a.task_id where t.plan_id = ?""").param(planId).query(Long.class).list());
    }

    /**
     * @return the ids of the units that any task of any plan names (the organisation module may
     *         delete only units no plan refers to)
     */
    public Set<Long> namedUnitIds() {
        return Set.copyOf(jdbc.sql("select distinct unit_id from assignment")
                .query(Long.class)
                .list());
    }

    /** @return the ids of the plans with a task naming the unit (one statement, by the assignment's unit index) */
    public Set<Long> planIdsNaming(long unitId) {
        return Set.copyOf(jdbc.sql(
                        "select distinct t.plan_id from assignment a join task t on t.id = a.task_id where a.unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .list());
    }

    /** @return the text the parser read, or empty when the plan does not exist */
    public Optional<String> sourceText(long planId) {
        return jdbc.sql("select extracted_text from plan_source where plan_id = ?")
                .param(planId)
                .query(String.class)
                .optional();
    }

    /** @return the original file's name and bytes */
    public Optional<StoredFile> sourceFile(long planId) {
        return jdbc.sql("select file_name, content from plan_source where plan_id = ?")
                .param(planId)
                .query((rs, i) -> new StoredFile(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** @return parse issues recorded at import, by position */
    public List<IssueView> issues(long planId) {
        return jdbc.sql("select line, col, severity, message, code, args from parse_issue where plan_id = ?"
                        + " order by line, col, id")
                .param(planId)
                .query((rs, i) -> new IssueView(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(5),
                        List.of((String[]) rs.getArray(6).getArray()),
                        rs.getString(4)))
                .list();
    }

    /**
     * A stored original document.
     *
     * @param fileName name as uploaded
     * @param content  bytes as uploaded
     */
    public record StoredFile(String fileName, byte[] content) {}
}
