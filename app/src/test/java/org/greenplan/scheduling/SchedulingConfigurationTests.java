package org.greenplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class SchedulingConfigurationTests {
    private static final Clock SHANGHAI_JUNE_27 =
            Clock.fixed(Instant.parse("2022-06-26T16:05:00Z"), ZoneId.of("Asia/Shanghai"));

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withUserConfiguration(SchedulingConfiguration.class)
            .withBean(DataSource.class, SchedulingConfigurationTests::postgres)
            .withBean(Clock.class, () -> SHANGHAI_JUNE_27);

    /** A data source that says it is PostgreSQL (ShedLock asks, for its SQL dialect) and is never queried. */
    private static DataSource postgres() {
        DataSource dataSource = mock(DataSource.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
        try {
            org.mockito.Mockito.when(dataSource.getConnection().getMetaData().getDatabaseProductName())
                    .thenReturn("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }

    @Test
    void theWebServerHasTheLockAndTheDailyTick() {
        web.run(context -> assertThat(context).hasSingleBean(LockProvider.class).hasSingleBean(DailyTick.class));
    }

    @Test
    void theTickPublishesTheDayInTheOfficeTimeZone() {
        List<Object> published = new ArrayList<>();

        // 16:05 UTC on 26 June is 00:05 on 27 June in Shanghai, when the tick runs.
        new DailyTick(published::add, SHANGHAI_JUNE_27).tick();

        assertThat(published).containsExactly(new DayPassed(LocalDate.of(2022, 6, 27)));
    }

    @Test
    void noJobRunsWhenSwitchedOffOrOutsideTheWebServer() {
        web.withPropertyValues("greenplan.scheduling.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DailyTick.class));
        new ApplicationContextRunner()
                .withUserConfiguration(SchedulingConfiguration.class)
                .run(context -> assertThat(context).doesNotHaveBean(DailyTick.class));
    }
}
