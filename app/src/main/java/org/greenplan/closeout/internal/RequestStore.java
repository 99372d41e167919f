package org.greenplan.closeout.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.closeout.ChangeRequest;
import org.greenplan.closeout.Evidence;
import org.greenplan.closeout.RequestKind;
import org.greenplan.closeout.RequestState;
import org.greenplan.closeout.TaskRequests;
import org.greenplan.plan.TaskAmendment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code closeout_request}; evidence rows come from {@link EvidenceStore}. */
@Repository
public class RequestStore {
    /** Advisory-lock namespace of a task's requests ('clos' in ASCII), shifted above any task id. */
    private static final long LOCK_SPACE = 0x636C6F73L << 32;

    private static final String SELECT = """
            select r.id, r.plan_id, r.task_id, t.number, r.unit_id, u.name, r.kind, r.state, r.statement,
                   r.new_text, r.new_deadline, r.target_id, r.new_target_value, g.indicator, r.filed_by_user_id,
                   r.filed_by, r.filed_at, r.decided_by, r.decided_at, r.decision_note, r.version
            from closeout_request r join task t on t.id = r.task_id
            left join responsible_unit u on u.id = r.unit_id left join target g on g.id = r.target_id""";

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;

    RequestStore(JdbcClient jdbc, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    /**
     * Loads a task's requests for a transition, holding a transaction-scoped lock on the task's requests so
     * that two decisions or filings on one task run one after the other.
     */
    public TaskRequests lock(long taskId) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(LOCK_SPACE | taskId)
                .query()
                .singleRow();
        return new TaskRequests(taskId, where("r.task_id = ? order by r.filed_at desc, r.id desc", taskId));
    }

    /** @return the task's requests, newest first */
    public TaskRequests ofTask(long taskId) {
        return new TaskRequests(taskId, where("r.task_id = ? order by r.filed_at desc, r.id desc", taskId));
    }

    /** @return the task a request belongs to */
    public Optional<Long> taskOf(long requestId) {
        return jdbc.sql("select task_id from closeout_request where id = ?")
                .param(requestId)
                .query(Long.class)
                .optional();
    }

    /** @return every pending request of published plans, oldest first (the office's queue) */
    public List<ChangeRequest> pending() {
        return where("r.state = 'PENDING' and exists (select 1 from plan p where p.id = r.plan_id"
                + " and p.state = 'PUBLISHED') order by r.filed_at, r.id");
    }

    /** @return the latest decided requests, newest decision first */
    public List<ChangeRequest> decided(int limit) {
        return where("r.state <> 'PENDING' order by r.decided_at desc, r.id desc limit ?", limit);
    }

    /** @return the unit's requests, newest first */
    public List<ChangeRequest> ofUnit(long unitId) {
        return where("r.unit_id = ? order by r.filed_at desc, r.id desc", unitId);
    }

    /** @return the approved close-outs and cancellations of the plan's tasks */
    public List<ChangeRequest> endings(long planId) {
        return where("r.plan_id = ? and r.state = 'APPROVED' and r.kind in ('CLOSEOUT', 'CANCELLATION')", planId);
    }

    /** Stores a new request. @return its id */
    public long insert(ChangeRequest r) {
        TaskAmendment a = r.amendment();
        return jdbc.sql("""
                        insert into closeout_request (plan_id, task_id, unit_id, kind, statement, new_text, new_deadline,
                            target_id, new_target_value, filed_at, filed_by_user_id, filed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        r.planId(),
                        r.taskId(),
                        r.unitId(),
                        r.kind().name(),
                        r.statement().strip(),
                        a == null ? null : a.text(),
                        a == null ? null : a.deadline(),
                        a == null ? null : a.targetId(),
                        a == null ? null : a.targetValue(),
                        Timestamp.from(r.filedAt()),
                        r.filedById(),
                        r.filedBy())
                .query(Long.class)
                .single();
    }

    /**
     * Stores a decision.
     *
     * @param decided  the request after the transition (its version already raised)
     * @param byUserId who decided
     * @throws OptimisticLockingFailureException when the row changed meanwhile
     */
    public void saveDecision(ChangeRequest decided, long byUserId) {
        int rows = jdbc.sql("""
                        update closeout_request set state = ?, decided_at = ?, decided_by_user_id = ?, decided_by = ?,
                               decision_note = ?, version = ? where id = ? and version = ?""")
                .params(
                        decided.state().name(),
                        Timestamp.from(decided.decidedAt()),
                        byUserId,
                        decided.decidedBy(),
                        decided.decisionNote(),
                        decided.version(),
                        decided.id(),
                        decided.version() - 1)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("close-out request " + decided.id() + " changed");
        }
    }

    private List<ChangeRequest> where(String condition, Object... params) {
        List<Row> rows = jdbc.sql(SELECT + " where " + condition)
                .params(params)
                .query(RequestStore::row)
                .list();
        Map<Long, List<Evidence>> files = evidence.ofRequests(ids(rows));
        List<ChangeRequest> requests = new ArrayList<>();
        for (Row row : rows) {
            requests.add(row.with(files.getOrDefault(row.id(), List.of())));
        }
        return requests;
    }

    private static Collection<Long> ids(List<Row> rows) {
        Map<Long, Boolean> ids = new LinkedHashMap<>();
        rows.forEach(r -> ids.put(r.id(), true));
        return ids.keySet();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        long targetId = rs.getLong(12);
        Long target = rs.wasNull() ? null : targetId;
        TaskAmendment amendment = RequestKind.valueOf(rs.getString(7)) == RequestKind.ADJUSTMENT
                ? new TaskAmendment(
                        rs.getString(10),
                        rs.getObject(11, LocalDate.class),
                        target == null ? null : target,
                        target == null ? null : rs.getBigDecimal(13))
                : null;
        long unit = rs.getLong(5);
        Long unitId = rs.wasNull() ? null : unit;
        Timestamp decided = rs.getTimestamp(19);
        ChangeRequest request = new ChangeRequest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                unitId,
                rs.getString(6),
                RequestKind.valueOf(rs.getString(7)),
                RequestState.valueOf(rs.getString(8)),
                rs.getString(9),
                amendment,
                rs.getString(14),
                rs.getLong(15),
                rs.getString(16),
                rs.getTimestamp(17).toInstant(),
                rs.getString(18),
                decided == null ? null : decided.toInstant(),
                rs.getString(20),
                rs.getInt(21),
                List.of());
        return new Row(request);
    }

    /** A request before its evidence is attached. */
    private record Row(ChangeRequest request) {
        long id() {
            return request.id();
        }

        ChangeRequest with(List<Evidence> files) {
            ChangeRequest r = request;
            return new ChangeRequest(
                    r.id(),
                    r.planId(),
                    r.taskId(),
                    r.taskNumber(),
                    r.unitId(),
                    r.unitName(),
                    r.kind(),
                    r.state(),
                    r.statement(),
                    r.amendment(),
                    r.targetIndicator(),
                    r.filedById(),
                    r.filedBy(),
                    r.filedAt(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.decisionNote(),
                    r.version(),
                    files);
        }
    }
}
