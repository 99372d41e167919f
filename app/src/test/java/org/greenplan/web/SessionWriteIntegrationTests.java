package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Through {@link CoarseAccessSessions} over Spring Session JDBC, the session row ({@code spring_session}) is written
 * only when more than its access time changed or the stored access time is older than a minute; attributes, a new
 * session id and a sign-in are written as before, and what one repository (one node) saved is what another reads.
 */
@IntegrationTest
class SessionWriteIntegrationTests {
    @Autowired
    SessionRepository<?> repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier(SessionReadConfiguration.SESSION_STATEMENTS)
    TransactionOperations sessionStatements;

    @Autowired
    TransactionTemplate applicationTransactions;

    private String id;
    private long xminAfterStore;

    /**
     * The session repository as a request sees it, without {@link SavedSessionReuse}, so every read here is a read
     * of the rows.
     */
    @SuppressWarnings("unchecked")
    private SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) ((SavedSessionReuse<?>) repository).unwrapped();
    }

    /** Spring Session JDBC's repository itself: how a new session is first stored, at an exact access time. */
    @SuppressWarnings("unchecked")
    private SessionRepository<Session> rows() {
        return (SessionRepository<Session>)
                ((CoarseAccessSessions<?>) ((SavedSessionReuse<?>) repository).unwrapped()).unwrapped();
    }

    @AfterEach
    void deleteSession() {
        if (id != null) {
            sessions().deleteById(id);
        }
    }

    @Test
    void aRequestWithinTheResolutionLeavesTheRowUnwritten() {
        Instant created = stored();
        long expiry = expiryTime();

        touch(Duration.ofSeconds(30));

        assertThat(lastAccess()).isEqualTo(created.toEpochMilli());
        assertThat(expiryTime()).isEqualTo(expiry);
        assertThat(xmin()).as("no new row version").isEqualTo(xminAfterStore);
    }

    @Test
    void aRequestAfterTheResolutionWritesTheAccessTimeAndTheExpiry() {
        Instant created = stored();

        Instant later = touch(Duration.ofSeconds(61));

        assertThat(lastAccess()).isEqualTo(later.toEpochMilli()).isGreaterThan(created.toEpochMilli());
        assertThat(expiryTime()).isEqualTo(later.plus(Duration.ofHours(8)).toEpochMilli());
    }

    @Test
    void aSignInWritesThePrincipalAndANewSessionIdAtOnce() {
        stored();
        Session session = sessions().findById(id);
        session.setAttribute(JdbcIndexedSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "session-test-user");
        String before = id;
        id = session.changeSessionId();
        sessions().save(session);

        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("session-test-user");
        assertThat(sessions().findById(before)).isNull();
    }

    @Test
    void attributesAreWrittenAndReadBackWithinTheResolution() {
        stored();
        Session session = sessions().findById(id);
        session.setAttribute("gp-test", "七月");
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(5));
        sessions().save(session);

        assertThat(sessions().findById(id).<String>getAttribute("gp-test")).isEqualTo("七月");
    }

    @Test
    void aChangedTimeoutIsWrittenAtOnce() {
        stored();
        Session session = sessions().findById(id);
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        sessions().save(session);

        assertThat(sessions().findById(id).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aDamagedSessionCookieNamesNoSession() throws Exception {
        // the cookie's value is Base64; these decode to NUL characters, which PostgreSQL cannot compare
        String damaged = Base64.getEncoder().encodeToString(new byte[300]);

        mvc.perform(get("/my").with(anonymous()).accept(MediaType.TEXT_HTML).cookie(new Cookie("SESSION", damaged)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void springSessionReadsTheRowInNoTransactionOfItsOwn() {
        assertThat(ReflectionTestUtils.getField(rows(), "transactionOperations"))
                .isSameAs(sessionStatements);
        Boolean inTransaction =
                sessionStatements.execute(status -> TransactionSynchronizationManager.isActualTransactionActive());
        assertThat(inTransaction)
                .as("a statement outside any transaction runs in none")
                .isFalse();
        assertThat(applicationTransactions.getPropagationBehavior())
                .as("the application's own template is still Spring Boot's")
                .isEqualTo(TransactionDefinition.PROPAGATION_REQUIRED);
        assertThat(applicationTransactions).isNotSameAs(sessionStatements);
    }

    @Test
    void aStoredSecurityContextIsReadOnceAndEachReadGetsAContextOfItsOwn() {
        stored();
        GreenPlanUser user =
                GreenPlanUser.of(new Actor(7, "session-test-user", "张三", null, Set.of(Role.LEADER), false));
        Session session = rows().findById(id);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        rows().save(session);

        SecurityContext first =
                rows().findById(id).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContext second =
                rows().findById(id).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("session-test-user");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesNoRow() {
        Session session = sessions().createSession();
        session.setAttribute("gp-test", "七月");
        session.setAttribute("gp-not-serialisable", new Object());

        assertThatThrownBy(() -> sessions().save(session)).isInstanceOf(ConversionFailedException.class);

        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(session.getId())
                        .query(Long.class)
                        .single())
                .as("the session row written before the attribute failed is rolled back")
                .isZero();
    }

    /** @return the creation time of a new session stored as a request would store it */
    private Instant stored() {
        Session session = rows().createSession();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        session.setLastAccessedTime(now);
        session.setMaxInactiveInterval(Duration.ofHours(8));
        rows().save(session);
        id = session.getId();
        xminAfterStore = xmin();
        return now;
    }

    /** A later request: the repository loads the session and sets its access time, then saves it. */
    private Instant touch(Duration after) {
        Session session = sessions().findById(id);
        Instant at = session.getLastAccessedTime().plus(after);
        session.setLastAccessedTime(at);
        sessions().save(session);
        return at;
    }

    private long lastAccess() {
        return column("last_access_time");
    }

    private long expiryTime() {
        return column("expiry_time");
    }

    private long xmin() {
        return column("xmin::text::bigint");
    }

    private long column(String expression) {
        return jdbc.sql("select " + expression + " from spring_session where session_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
