package org.greenplan.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.greenplan.accounts.Actor;
import org.greenplan.notifications.internal.NoticeRenderer;
import org.greenplan.plan.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's in-app notifications (站内通知). Every method reads or changes only the acting user's own
 * entries: another user's entry id is answered as not found. Notices read in the reader's language; one stored
 * before notices kept their message keys reads as it was stored.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {
    private final JdbcClient jdbc;
    private final NoticeRenderer renderer;

    Inbox(JdbcClient jdbc, NoticeRenderer renderer) {
        this.jdbc = jdbc;
        this.renderer = renderer;
    }

    /** @return the actor's notices in {@code locale}, newest first, at most {@code limit} */
    public List<InboxEntry> of(Actor actor, boolean unreadOnly, int limit, Locale locale) {
        return jdbc.sql("""
                        select i.id, m.kind, m.subject, m.body, m.content, m.link, m.created_at, i.read_at
                        from notification_inbox i join notification_message m on m.id = i.message_id
                        where i.user_id = ? and (not ? or i.read_at is null)
                        order by m.created_at desc, i.id desc limit ?""")
                .params(actor.userId(), unreadOnly, limit)
                .query((row, n) -> map(row, locale))
                .list();
    }

    /**
     * One statement, so it needs no transaction of its own: it is asked on every page (the layout's badge), and a
     * read-only transaction around it cost a second round trip to the database (the commit).
     *
     * @return how many of the actor's notices are unread
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long unreadCount(Actor actor) {
        return jdbc.sql("select count(*) from notification_inbox where user_id = ? and read_at is null")
                .param(actor.userId())
                .query(Long.class)
                .single();
    }

    /**
     * Marks one of the actor's notices read (a second call keeps the first time).
     *
     * @return the entry's link, or null
     * @throws NotFoundException when the entry does not exist or is another user's
     */
    @Transactional
    public String markRead(Actor actor, long entryId) {
        List<String> links = jdbc.sql("""
                        update notification_inbox i set read_at = coalesce(i.read_at, now())
                        from notification_message m
                        where i.id = ? and i.user_id = ? and m.id = i.message_id returning m.link""")
                .params(entryId, actor.userId())
                .query((row, n) -> row.getString(1))
                .list();
        if (links.isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        return links.get(0);
    }

    /** @return how many of the actor's unread notices were marked read */
    @Transactional
    public int markAllRead(Actor actor) {
        return jdbc.sql("update notification_inbox set read_at = now() where user_id = ? and read_at is null")
                .param(actor.userId())
                .update();
    }

    private InboxEntry map(ResultSet row, Locale locale) throws SQLException {
        Timestamp read = row.getTimestamp("read_at");
        NoticeRenderer.Rendered text =
                renderer.read(row.getString("content"), row.getString("subject"), row.getString("body"), locale);
        return new InboxEntry(
                row.getLong("id"),
                row.getString("kind"),
                text.subject(),
                text.body(),
                row.getString("link"),
                row.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
