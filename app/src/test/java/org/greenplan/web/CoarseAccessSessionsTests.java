package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@link CoarseAccessSessions} passes a new access time on to the stored session only a resolution (a minute) after
 * the stored one, so a request within the minute leaves the stored session unchanged; everything else is passed on.
 */
class CoarseAccessSessionsTests {
    private final SavedSessionReuseTests.CountingRepository stored = new SavedSessionReuseTests.CountingRepository();
    private final CoarseAccessSessions<MapSession> sessions =
            new CoarseAccessSessions<>(stored, TransactionOperations.withoutTransaction(), session -> true);

    private CoarseAccessSessions.Held<MapSession> storedAt(Instant accessed) {
        CoarseAccessSessions.Held<MapSession> session = sessions.createSession();
        session.setAttribute("gp-test", "七月");
        sessions.save(session);
        MapSession row = stored.sessions.findById(session.getId());
        row.setLastAccessedTime(accessed);
        stored.save(row);
        return sessions.findById(session.getId());
    }

    @Test
    void anAccessWithinTheResolutionIsNotPassedOn() {
        Instant accessed = Instant.now().minusSeconds(30);
        CoarseAccessSessions.Held<MapSession> session = storedAt(accessed);

        session.setLastAccessedTime(Instant.now());
        sessions.save(session);

        assertThat(stored.sessions.findById(session.getId()).getLastAccessedTime())
                .isEqualTo(accessed);
        assertThat(session.getLastAccessedTime()).isEqualTo(accessed);
    }

    @Test
    void anAccessAResolutionLaterIsPassedOn() {
        CoarseAccessSessions.Held<MapSession> session = storedAt(
                Instant.now().minus(CoarseAccessSessions.ACCESS_TIME_RESOLUTION).minusSeconds(1));
        Instant now = Instant.now();

        session.setLastAccessedTime(now);
        sessions.save(session);

        assertThat(stored.sessions.findById(session.getId()).getLastAccessedTime())
                .isEqualTo(now);
    }

    @Test
    void attributesTimeoutAndIdArePassedOnAtOnce() {
        CoarseAccessSessions.Held<MapSession> session = storedAt(Instant.now().minusSeconds(5));
        String before = session.getId();

        session.setAttribute("gp-test", "八月");
        session.setMaxInactiveInterval(Duration.ofHours(2));
        String after = session.changeSessionId();
        sessions.save(session);

        MapSession row = stored.sessions.findById(after);
        assertThat(row.<String>getAttribute("gp-test")).isEqualTo("八月");
        assertThat(row.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(2));
        assertThat(stored.sessions.findById(before)).isNull();
        assertThat(sessions.findById(after).<String>getAttribute("gp-test")).isEqualTo("八月");
    }

    @Test
    void aSessionWhoseSignInIsNoLongerCurrentIsDeletedInsteadOfStored() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        CoarseAccessSessions<MapSession> refusing =
                new CoarseAccessSessions<>(stored, TransactionOperations.withoutTransaction(), session -> {
                    asked.add(session.getId());
                    return false;
                });
        CoarseAccessSessions.Held<MapSession> session = refusing.createSession();
        session.setAttribute("gp-test", "八月");
        refusing.save(session);
        assertThat(asked).as("no signed-in user was set: not asked").isEmpty();
        assertThat(stored.sessions.findById(session.getId())).isNotNull();

        session.setAttribute(CoarseAccessSessions.SIGNED_IN, "a signed-in user");
        refusing.save(session);

        assertThat(asked).containsExactly(session.getId());
        assertThat(stored.sessions.findById(session.getId())).isNull();
    }

    @Test
    void anExpiredSessionStaysExpired() {
        CoarseAccessSessions.Held<MapSession> session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(1));
        sessions.save(session);
        MapSession row = stored.sessions.findById(session.getId());
        row.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(2)));
        stored.save(row);

        assertThat(sessions.findById(session.getId())).isNull();
    }

    @Test
    void aRequestThatChangesNothingDoesNotReachTheStoredSave() {
        CoarseAccessSessions.Held<MapSession> session = storedAt(Instant.now().minusSeconds(30));
        stored.saves.clear();

        session.setLastAccessedTime(Instant.now());
        sessions.save(session);

        assertThat(stored.saves).isEmpty();
    }

    @Test
    void aNewSessionIsSavedUnchangedAndOnlyOnceUntilItChangesAgain() {
        CoarseAccessSessions.Held<MapSession> session = sessions.createSession();
        sessions.save(session);
        sessions.save(session);

        assertThat(stored.saves).containsExactly(session.getId());

        session.removeAttribute("gp-test");
        sessions.save(session);

        assertThat(stored.saves).containsExactly(session.getId(), session.getId());
    }

    @Test
    void anIdNoSessionCouldHaveIsNotLookedUp() {
        assertThat(sessions.findById("\0\0\0\0")).isNull();
        assertThat(sessions.findById("x".repeat(CoarseAccessSessions.LONGEST_ID + 1)))
                .isNull();
        assertThat(sessions.findById("a b")).isNull();
        sessions.deleteById("\0");

        assertThat(stored.reads).isEmpty();
        assertThat(CoarseAccessSessions.couldBeIssued("0b4a7c9e-3f51-4d2a-9a7e-5c1d2e3f4a5b"))
                .isTrue();
    }
}
