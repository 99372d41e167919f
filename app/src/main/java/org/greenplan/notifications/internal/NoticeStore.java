package org.greenplan.notifications.internal;

import java.sql.Timestamp;
import java.util.List;
import org.greenplan.notifications.Channel;
import org.greenplan.notifications.Delivery;
import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores messages, their in-app copies and the delivery log ({@code notification_*} tables). A message keeps its
 * texts twice: as keys with arguments ({@code content}, rendered in each reader's language) and as rendered in the
 * office's language ({@code subject}, {@code body}: what the delivery log shows and what a reader sees should the
 * keys no longer render).
 */
@Component
public class NoticeStore {
    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final NoticeRenderer renderer;

    NoticeStore(JdbcClient jdbc, Recipients recipients, NoticeRenderer renderer) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.renderer = renderer;
    }

    /**
     * Stores the message and, when the notice uses the in-app channel, one inbox entry per user.
     *
     * @throws org.springframework.context.NoSuchMessageException when a key of its texts is in no bundle
     */
    public long store(Notice notice) {
        NoticeRenderer.Rendered office = renderer.render(notice, NoticeRenderer.OFFICE);
        long id = jdbc.sql("""
                        insert into notification_message (kind, subject, body, content, link, plan_id, unit_id)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(
                        notice.kind(),
                        office.subject(),
                        office.body(),
                        renderer.json(notice),
                        notice.link(),
                        notice.planId(),
                        notice.unitId())
                .query(Long.class)
                .single();
        if (notice.channels().contains(Channel.IN_APP)) {
            for (Recipient person : recipients.of(notice.unitId(), notice.audience())) {
                if (person.userId() != null) {
                    jdbc.sql("insert into notification_inbox (message_id, user_id) values (?, ?)")
                            .params(id, person.userId())
                            .update();
                    log(id, Channel.IN_APP, person.name(), DeliveryStatus.SENT, null);
                }
            }
        }
        return id;
    }

    /** Appends one delivery attempt to the log. */
    public void log(long messageId, Channel channel, String recipient, DeliveryStatus status, String detail) {
        jdbc.sql("""
                        insert into notification_delivery (message_id, channel, recipient, status, detail)
                        values (?, ?, ?, ?, ?)""")
                .params(messageId, channel.name(), recipient, status.name(), shorten(detail))
                .update();
    }

    /** @return the deliveries of one message, oldest first */
    public List<Delivery> deliveries(long messageId) {
        return jdbc.sql(SELECT + " where d.message_id = ? order by d.id")
                .param(messageId)
                .query((row, n) -> map(row))
                .list();
    }

    /** @return the deliveries of these messages, oldest first */
    public List<Delivery> deliveries(java.util.Collection<Long> messageIds) {
        return jdbc.sql(SELECT + " where d.message_id in (:ids) order by d.id")
                .param("ids", messageIds)
                .query((row, n) -> map(row))
                .list();
    }

    /** @return the deliveries of the messages of these kinds (a prefix, e.g. {@code REMINDER_}), newest first */
    public List<Delivery> deliveriesOfKind(String kindPrefix, int limit) {
        return jdbc.sql(SELECT + " where m.kind like ? order by d.id desc limit ?")
                .params(kindPrefix + "%", limit)
                .query((row, n) -> map(row))
                .list();
    }

    private static final String SELECT = """
            select d.message_id, m.kind, m.subject, u.name, d.channel, d.recipient, d.status, d.detail, d.at
            from notification_delivery d join notification_message m on m.id = d.message_id
            left join responsible_unit u on u.id = m.unit_id""";

    private static Delivery map(java.sql.ResultSet row) throws java.sql.SQLException {
        Timestamp at = row.getTimestamp("at");
        return new Delivery(
                row.getLong("message_id"),
                row.getString("kind"),
                row.getString("subject"),
                row.getString("name"),
                Channel.valueOf(row.getString("channel")),
                row.getString("recipient"),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getString("detail"),
                at.toInstant());
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
