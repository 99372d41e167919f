package org.greenplan.reminders;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.greenplan.notifications.Delivery;
import org.greenplan.notifications.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reminder log for the office: each reminder with its deliveries (recipient, channel, outcome). */
@Service
@Transactional(readOnly = true)
public class ReminderLog {
    private final ReminderLedger ledger;
    private final Notifications notifications;

    ReminderLog(ReminderLedger ledger, Notifications notifications) {
        this.ledger = ledger;
        this.notifications = notifications;
    }

    /**
     * A reminder and how it went out.
     *
     * @param reminder   the stored reminder
     * @param deliveries its delivery attempts, oldest first (empty when its notice was never stored)
     */
    public record Line(ReminderEntry reminder, List<Delivery> deliveries) {}

    /** @return the latest {@code limit} reminders, newest first */
    public List<Line> latest(int limit) {
        List<ReminderEntry> reminders = ledger.latest(limit);
        Map<Long, List<Delivery>> byMessage =
                notifications
                        .deliveries(reminders.stream()
                                .map(ReminderEntry::messageId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(Delivery::messageId));
        return reminders.stream()
                .map(r -> new Line(
                        r, r.messageId() == null ? List.of() : byMessage.getOrDefault(r.messageId(), List.of())))
                .toList();
    }
}
