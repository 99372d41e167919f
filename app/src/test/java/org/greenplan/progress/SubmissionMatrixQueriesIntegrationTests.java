package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The submission matrix reads a period with a fixed handful of SQL statements, not a few per cell: counted on
 * the connection for the 宿州 scenario's June period (34 tasks, every unit they name), with a granted extension
 * that must still move its unit's deadline.
 */
@IntegrationTest
@Import(SubmissionMatrixQueriesIntegrationTests.CountingStatements.class)
class SubmissionMatrixQueriesIntegrationTests {
    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    SubmissionMatrix matrix;

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void readsAPeriodWithAFewStatementsWhateverItsNumberOfCells() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long june = scenario.periodIds().get(2);
        long task = scenario.taskIds().get(5);
        long unit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(task)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into extension_request (period_id, unit_id, task_id, original_due_on, requested_due_on,
                            reason, filed_at, filed_by, state, granted_due_on, decided_by, decided_at)
                        values (?, ?, ?, date '2022-06-27', date '2022-07-08', '汛期', now(), '填报员', 'GRANTED',
                            date '2022-07-06', '市绿色办', now())""").params(june, unit, task).update();

        STATEMENTS.set(0);
        SubmissionMatrix.Matrix read =
                matrix.of(SupervisionScenario.office(), scenario.straw().planId(), june);
        int statements = STATEMENTS.get();

        assertThat(read.cells()).hasSizeGreaterThan(40);
        assertThat(statements)
                .as("SQL statements for %d cells", read.cells().size())
                .isLessThanOrEqualTo(12);
        assertThat(read.cells().values().stream()
                        .filter(c -> c.unitId() == unit && c.taskId() == task)
                        .findFirst()
                        .orElseThrow()
                        .due()
                        .dueOn())
                .isEqualTo(LocalDate.of(2022, 7, 6));
    }

    /** Wraps the data source so that every statement prepared or created on its connections is counted. */
    @TestConfiguration
    static class CountingStatements {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(
                            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                                Object result = invoke(m, dataSource, args);
                                return result instanceof Connection c ? counting(c) : result;
                            });
                }
            };
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
                        if (m.getName().equals("prepareStatement")
                                || m.getName().equals("createStatement")) {
                            STATEMENTS.incrementAndGet();
                        }
                        return invoke(m, connection, args);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
