package org.greenplan.progress;

import java.time.Instant;
import java.util.Objects;
import org.greenplan.accounts.Actor;

/**
 * Who did something and when. The user is kept by id and display name, without a foreign key to
 * {@code app_user}, so that the record outlives the account.
 *
 * @param userId the {@code app_user} id
 * @param name   the display name at the time
 * @param at     when
 */
public record Stamp(long userId, String name, Instant at) {

    public Stamp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }

    /** @return the actor's stamp at {@code at} */
    public static Stamp of(Actor actor, Instant at) {
        return new Stamp(actor.userId(), actor.displayName(), at);
    }
}
