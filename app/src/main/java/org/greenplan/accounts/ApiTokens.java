package org.greenplan.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (访问令牌) for {@code /api/**}: {@code Authorization: Bearer gp_…}. A token is
 * 32 random bytes, shown once when created; only its SHA-256 is stored ({@code app_user_token}). It
 * acts as its user with the user's roles, until it expires or is revoked, and only while the user is
 * enabled.
 */
@Service
public class ApiTokens {
    /** The longest validity a token may be given. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);

    private static final String PREFIX = "gp_";
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token as listed: never the token itself. */
    public record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    /** A token just created: {@code token} is shown once and never again. */
    public record IssuedToken(long id, String name, String token, Instant expiresAt) implements java.io.Serializable {}

    /**
     * @param validity how long it is valid, 1 day to {@link #MAX_VALIDITY}
     * @throws IllegalArgumentException for a blank name or a validity outside that range
     */
    @Transactional
    public IssuedToken create(long userId, String name, Duration validity) {
        if (name == null
                || name.isBlank()
                || validity.compareTo(Duration.ofDays(1)) < 0
                || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a token needs a name and a validity of 1 to 366 days");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(validity);
        long id = jdbc.sql("""
                        insert into app_user_token (user_id, name, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(userId, name.strip(), hash(token), Timestamp.from(clock.instant()), Timestamp.from(expires))
                .query(Long.class)
                .single();
        return new IssuedToken(id, name.strip(), token, expires);
    }

    /** @return the user's tokens that are neither revoked nor expired, newest first */
    @Transactional(readOnly = true)
    public List<TokenSummary> active(long userId) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at from app_user_token
                        where user_id = ? and revoked_at is null and expires_at > ? order by created_at desc, id desc""")
                .params(userId, Timestamp.from(clock.instant()))
                .query((rs, i) -> new TokenSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Revokes one of the user's own tokens; another user's token id changes nothing. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        return jdbc.sql("update app_user_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                        .params(Timestamp.from(clock.instant()), tokenId, userId)
                        .update()
                == 1;
    }

    /** @return the enabled user a valid token belongs to, or empty */
    @Transactional
    public Optional<GreenPlanUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update app_user_token t set last_used_at = ? from app_user u
                        where t.user_id = u.id and t.token_hash = ? and t.revoked_at is null and t.expires_at > ?
                        returning u.username""")
                .params(now, hash(token), now)
                .query(String.class)
                .optional()
                .flatMap(accounts::find)
                .filter(GreenPlanUser::isEnabled)
                .map(user -> GreenPlanUser.of(user.actor()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
