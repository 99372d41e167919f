package org.greenplan.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How Spring Session JDBC writes a session's row ({@code spring_session}): Spring Session marks every session
 * changed on each request (its last-access time) and so rewrites the row each time, one committed row write per
 * page view. Through the repository's own query setting ({@link JdbcIndexedSessionRepository#setUpdateSessionQuery},
 * same parameters in the same order: session id, last-access time in ms, idle timeout in s, expiry time in ms,
 * principal name, primary id) the row is written only when something other than the access time changed (a new
 * session id after sign-in, the timeout, the principal) or when the stored access time is older than {@link
 * #ACCESS_TIME_RESOLUTION}; otherwise the statement matches no row and the transaction commits without a write.
 *
 * <p>Consequence: a session's stored last access, and so its expiry, may lag the truth by up to one {@link
 * #ACCESS_TIME_RESOLUTION} — an idle session ({@code server.servlet.session.timeout}, 8 hours) may end that much
 * earlier, on every node alike, as the row is still the one shared truth. Attributes (security context, CSRF
 * token, flash messages) are written by Spring Session as before, whenever they change.
 */
@Configuration(proxyBeanMethods = false)
class SessionWriteConfiguration {
    /** How stale the stored last-access time may become before a request writes it again. */
    static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

    /** Spring Session 4.0's update query for PostgreSQL, with the condition above ({@code %TABLE_NAME%} as there). */
    static final String UPDATE_SESSION_QUERY =
            """
            UPDATE %TABLE_NAME% AS S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                OR S.LAST_ACCESS_TIME < V.LAST_ACCESS_TIME - %RESOLUTION_MS%)
            """.replace("%RESOLUTION_MS%", Long.toString(ACCESS_TIME_RESOLUTION.toMillis()));

    /** After Boot's own customizer (highest precedence), whose table name setting resets every query. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRowWrittenOnChange() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
