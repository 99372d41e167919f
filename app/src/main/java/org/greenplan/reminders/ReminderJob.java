package org.greenplan.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.greenplan.scheduling.SchedulingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Reminders#sendDue} every working morning, by default at 09:00 office time ({@code
 * greenplan.reminders.cron}), on one app node only (ShedLock {@code reminders}); the reminder table's unique
 * key stops a second run of the same day from sending again.
 */
@Component
@ConditionalOnBean(SchedulingConfiguration.class)
public class ReminderJob {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${greenplan.reminders.cron:0 0 9 * * *}", zone = "${greenplan.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void run() {
        send(LocalDate.now(clock));
    }

    /**
     * Runs the reminders as of {@code today} under the same lock as the schedule (a run on another node holds
     * it: this one then does nothing).
     *
     * @return the reminders sent by this call
     */
    @SchedulerLock(name = "reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public List<ReminderEntry> runOn(LocalDate today) {
        return send(today);
    }

    private List<ReminderEntry> send(LocalDate today) {
        List<ReminderEntry> sent = reminders.sendDue(today);
        log.info("Reminders of {}: {} sent", today, sent.size());
        return sent;
    }
}
