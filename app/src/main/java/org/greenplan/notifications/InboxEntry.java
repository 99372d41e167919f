package org.greenplan.notifications;

import java.time.Instant;

/**
 * A notice in a user's inbox.
 *
 * @param id        the inbox entry id (what {@code /notifications/{id}/read} takes)
 * @param kind      the notice's kind
 * @param subject   one line
 * @param body      the text
 * @param link      where to go, or null
 * @param createdAt when it was sent
 * @param readAt    when the user marked it read, or null
 */
public record InboxEntry(
        long id, String kind, String subject, String body, String link, Instant createdAt, Instant readAt) {

    /** @return whether the user has not read it yet */
    public boolean unread() {
        return readAt == null;
    }
}
