package org.greenplan.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduler with ShedLock: a job annotated {@code @SchedulerLock(name = "…")} runs on one node
 * only, even when several app nodes share the database. Lock times come from PostgreSQL's clock
 * ({@code usingDbTime()}), so nodes whose clocks differ still agree. A job holds its lock at most 30
 * minutes unless its annotation says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "greenplan.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class SchedulingConfiguration {

    /** @return locks in the {@code shedlock} table (migration V50) */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** @return the daily {@link DayPassed} publisher, only where scheduling runs */
    @Bean
    DailyTick dailyTick(org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
        return new DailyTick(events, clock);
    }
}
