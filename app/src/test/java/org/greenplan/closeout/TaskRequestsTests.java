package org.greenplan.closeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.plan.TaskAmendment;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class TaskRequestsTests {
    static final Instant FILED = Instant.parse("2022-07-01T02:00:00Z");
    static final Instant DECIDED = Instant.parse("2022-07-04T03:30:00Z");

    @Test
    void theOfficeClosesOutAPendingRequestWithItsNoteAndTheVersionRises() {
        TaskRequests task = new TaskRequests(10, List.of(request(1, RequestKind.CLOSEOUT, RequestState.PENDING)));

        ChangeRequest closed = task.approve(1, 0, "市绿色办", DECIDED, "  佐证材料齐全  ");

        assertThat(closed.state()).isEqualTo(RequestState.APPROVED);
        assertThat(closed.decisionNote()).isEqualTo("佐证材料齐全");
        assertThat(closed.decidedBy()).isEqualTo("市绿色办");
        assertThat(closed.decidedAt()).isEqualTo(DECIDED);
        assertThat(closed.version()).isEqualTo(1);
        assertThat(closed.endsTask()).isTrue();
        assertThat(closed.stateKey()).isEqualTo("closeout.state.CLOSEOUT.APPROVED");
    }

    @Test
    void sendingBackNeedsAReasonAndKeepsItOnTheRequest() {
        TaskRequests task = new TaskRequests(10, List.of(request(1, RequestKind.CLOSEOUT, RequestState.PENDING)));

        assertThatThrownBy(() -> task.refuse(1, 0, "市绿色办", DECIDED, "  "))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.reasonRequired"));
        ChangeRequest back = task.refuse(1, 0, "市绿色办", DECIDED, "缺少验收报告");

        assertThat(back.state()).isEqualTo(RequestState.REFUSED);
        assertThat(back.decisionNote()).isEqualTo("缺少验收报告");
        assertThat(back.endsTask()).isFalse();
    }

    @Test
    void aUnitMayAskAgainAfterASendBackButNotWhileOneIsPending() {
        TaskRequests pending = new TaskRequests(10, List.of(request(1, RequestKind.CLOSEOUT, RequestState.PENDING)));
        TaskRequests sentBack = new TaskRequests(10, List.of(request(1, RequestKind.CLOSEOUT, RequestState.REFUSED)));

        assertThatThrownBy(() -> pending.checkFiling(RequestKind.CLOSEOUT, "已完成", null, 1))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.pending"));
        sentBack.checkFiling(RequestKind.CLOSEOUT, "已补充验收报告", null, 2);
        // a pending close-out does not block a cancellation request of the same task
        pending.checkFiling(RequestKind.CANCELLATION, "任务已由省级统筹", null, 0);
    }

    @Test
    void aCloseOutNeedsAStatementAndAtLeastOneEvidenceFile() {
        TaskRequests none = new TaskRequests(10, List.of());

        assertThatThrownBy(() -> none.checkFiling(RequestKind.CLOSEOUT, " ", null, 1))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class,
                        e -> assertThat(e.code()).isEqualTo("closeout.refused.statementRequired"));
        assertThatThrownBy(() -> none.checkFiling(RequestKind.CLOSEOUT, "已完成", null, 0))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class,
                        e -> assertThat(e.code()).isEqualTo("closeout.refused.evidenceRequired"));
    }

    @Test
    void anAdjustmentMustChangeSomething() {
        TaskRequests none = new TaskRequests(10, List.of());

        assertThatThrownBy(() ->
                        none.checkFiling(RequestKind.ADJUSTMENT, "政策调整", new TaskAmendment(" ", null, null, null), 0))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.nothingToAdjust"));
        none.checkFiling(
                RequestKind.ADJUSTMENT, "政策调整", new TaskAmendment(null, LocalDate.of(2022, 11, 30), null, null), 0);
    }

    @Test
    void anEndedTaskTakesNoRequestAndNoApproval() {
        TaskRequests cancelled = new TaskRequests(
                10,
                List.of(
                        request(2, RequestKind.ADJUSTMENT, RequestState.PENDING),
                        request(1, RequestKind.CANCELLATION, RequestState.APPROVED)));

        assertThat(cancelled.ending()).map(ChangeRequest::id).contains(1L);
        assertThatThrownBy(() -> cancelled.checkFiling(RequestKind.CLOSEOUT, "已完成", null, 1))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.ended"));
        assertThatThrownBy(() -> cancelled.approve(2, 0, "市绿色办", DECIDED, null))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.ended"));
    }

    @Test
    void onlyAPendingRequestAtTheVersionReadIsDecided() {
        TaskRequests task = new TaskRequests(
                10,
                List.of(
                        request(2, RequestKind.CLOSEOUT, RequestState.PENDING),
                        request(1, RequestKind.CLOSEOUT, RequestState.REFUSED)));

        assertThatThrownBy(() -> task.approve(2, 3, "市绿色办", DECIDED, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> task.refuse(1, 0, "市绿色办", DECIDED, "再次退回"))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.decided"));
        assertThatThrownBy(() -> task.approve(99, 0, "市绿色办", DECIDED, null))
                .isInstanceOfSatisfying(
                        CloseoutRefusal.class, e -> assertThat(e.code()).isEqualTo("closeout.refused.noRequest"));
    }

    @Test
    void closingOutRefusesTheTasksOtherPendingRequests() {
        ChangeRequest closeout = request(3, RequestKind.CLOSEOUT, RequestState.PENDING);
        TaskRequests task = new TaskRequests(
                10,
                List.of(
                        closeout,
                        request(2, RequestKind.ADJUSTMENT, RequestState.PENDING),
                        request(1, RequestKind.CANCELLATION, RequestState.REFUSED)));
        ChangeRequest closed = task.approve(3, 0, "市绿色办", DECIDED, null);

        List<ChangeRequest> superseded = task.superseded(closed, "市绿色办", DECIDED, "任务已销号");

        assertThat(superseded).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(2);
            assertThat(r.state()).isEqualTo(RequestState.REFUSED);
            assertThat(r.decisionNote()).isEqualTo("任务已销号");
        });
    }

    @Test
    void aTargetAmendmentNamesBothTheTargetAndItsValue() {
        assertThatThrownBy(() -> new TaskAmendment(null, null, 5L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TaskAmendment("", null, 5L, new BigDecimal("90")).text()).isNull();
        assertThat(new TaskAmendment(null, null, null, null).isEmpty()).isTrue();
    }

    static ChangeRequest request(long id, RequestKind kind, RequestState state) {
        boolean decided = state != RequestState.PENDING;
        return new ChangeRequest(
                id,
                1,
                10,
                "10",
                7L,
                "市农业农村局",
                kind,
                state,
                "说明",
                kind == RequestKind.ADJUSTMENT ? new TaskAmendment(null, LocalDate.of(2022, 11, 30), null, null) : null,
                null,
                107,
                "填报员7",
                FILED,
                decided ? "市绿色办" : null,
                decided ? DECIDED : null,
                state == RequestState.REFUSED ? "不予批准" : null,
                decided ? 1 : 0,
                List.of());
    }
}
