package org.greenplan.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes {@link DayPassed} once a day, by default at 00:05 office time ({@code
 * greenplan.scheduling.daily-cron}, zone {@code greenplan.time-zone}). Listeners run in this thread:
 * a listener that fails is logged by Spring and does not stop the others' next day. Declared by {@link
 * SchedulingConfiguration}, so it exists exactly when scheduling is on.
 */
class DailyTick {
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DailyTick(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${greenplan.scheduling.daily-cron:0 5 0 * * *}", zone = "${greenplan.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "day-passed", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void tick() {
        events.publishEvent(new DayPassed(LocalDate.now(clock)));
    }
}
