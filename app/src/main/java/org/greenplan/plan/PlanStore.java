package org.greenplan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes plans: stores an imported draft and publishes it. Every method is one transaction.
 */
@Service
public class PlanStore {
    private final JdbcClient jdbc;
    private final PlanTreeWriter treeWriter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.treeWriter = new PlanTreeWriter(jdbc);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a parsed plan as a DRAFT with its source file, headings, tasks, assignments, targets and
     * parse issues.
     *
     * @param regionId region of the plan
     * @param parsed   what the parser read
     * @param unitIds  unit id for every printed unit name in {@code parsed}
     * @param source   the original file
     * @return the new plan's id
     * @throws IllegalArgumentException when a printed unit name has no id in {@code unitIds}
     */
    @Transactional
    public long storeDraft(long regionId, ParsedPlan parsed, Map<String, Long> unitIds, PlanSourceFile source) {
        long planId = insertPlan(regionId, parsed);
        insertSource(planId, source);
        treeWriter.write(planId, parsed, unitIds);
        insertIssues(planId, parsed.issues());
        return planId;
    }

    /**
     * Publishes a draft plan and announces {@link PlanPublished}.
     *
     * @throws NoSuchElementException when there is no such plan
     * @throws PlanStateException     when it is already published
     */
    @Transactional
    public void publish(long planId) {
        Plan plan = jdbc.sql("select id, state from plan where id = ? for update")
                .param(planId)
                .query((rs, i) -> new Plan(rs.getLong(1), PlanState.valueOf(rs.getString(2))))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("没有编号为 " + planId + " 的计划"));
        PlanPublished published = plan.publish(clock.instant());
        jdbc.sql("update plan set state = ?, published_at = ? where id = ?")
                .params(plan.state().name(), java.sql.Timestamp.from(plan.publishedAt()), planId)
                .update();
        events.publishEvent(published);
    }

    /**
     * Deletes a DRAFT plan with everything imported with it, and the units its import created that
     * nothing else names.
     *
     * @throws NoSuchElementException when there is no such plan
     * @throws PlanStateException     when it is published (published plans are kept)
     */
    @Transactional
    public void discardDraft(long planId) {
        String state = jdbc.sql("select state from plan where id = ? for update")
                .param(planId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("没有编号为 " + planId + " 的计划"));
        if (!PlanState.DRAFT.name().equals(state)) {
            throw new PlanStateException("计划已发布，不能删除 (plan " + planId + " is published)");
        }
        jdbc.sql("delete from plan where id = ?").param(planId).update();
        jdbc.sql("""
                delete from responsible_unit u where not u.confirmed
                  and not exists (select 1 from assignment a where a.unit_id = u.id)""").update();
    }

    /**
     * Moves every assignment of one unit to another (when the office merges a unit into the one it
     * really is). A task that already names the other unit keeps that assignment only.
     */
    @Transactional
    public void reassignUnit(long fromUnitId, long toUnitId) {
        jdbc.sql("""
                delete from assignment a where a.unit_id = ?
                  and exists (select 1 from assignment b where b.task_id = a.task_id and b.unit_id = ?)""").params(fromUnitId, toUnitId).update();
        jdbc.sql("update assignment set unit_id = ? where unit_id = ?")
                .params(toUnitId, fromUnitId)
                .update();
    }

    private long insertPlan(long regionId, ParsedPlan parsed) {
        return jdbc.sql("""
                insert into plan (region_id, title, plan_year, issuer, issued_on_behalf_by, issued_date,
                                  document_number, addressees, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT') returning id""")
                .params(
                        regionId,
                        titleOf(parsed),
                        parsed.planYear(),
                        parsed.issuer(),
                        parsed.issuedOnBehalfBy(),
                        parsed.issuedDate(),
                        parsed.documentNumber(),
                        parsed.addressees().toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private static String titleOf(ParsedPlan parsed) {
        return parsed.title() == null || parsed.title().isBlank() ? "（未识别标题）" : parsed.title();
    }

    private void insertSource(long planId, PlanSourceFile source) {
        jdbc.sql("""
                insert into plan_source (plan_id, file_name, format, charset, size_bytes, sha256, content, extracted_text)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        planId,
                        source.fileName(),
                        source.format(),
                        source.charset(),
                        source.content().length,
                        source.sha256(),
                        source.content(),
                        source.extractedText())
                .update();
    }

    private void insertIssues(long planId, List<ParseIssue> issues) {
        for (ParseIssue issue : issues) {
            jdbc.sql("insert into parse_issue (plan_id, line, col, severity, message) values (?, ?, ?, ?, ?)")
                    .params(
                            planId,
                            issue.line(),
                            issue.column(),
                            issue.severity().name(),
                            issue.message())
                    .update();
        }
    }
}
