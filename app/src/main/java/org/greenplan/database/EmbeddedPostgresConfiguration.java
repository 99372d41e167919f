package org.greenplan.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that a
 * single office can run GreenPlan with nothing installed but a JDK.
 *
 * <p>The data directory ({@code greenplan.database.embedded.data-dir}, default {@code ./data/pg})
 * survives restarts. zonky's test defaults are turned back to safe ones: {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} are on. A postmaster left running by a
 * previous {@code kill -9} of the app is stopped first ({@link StalePostmaster}). When another running
 * GreenPlan owns the data directory (the web server while a command-line import runs), this app
 * connects to that server instead of starting or stopping anything ({@link DataDirectoryLock}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${greenplan.database.embedded.data-dir}") Path dataDir,
            @Value("${greenplan.database.embedded.port}") int port) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        java.nio.file.Files.createDirectories(dir.getParent());
        if (DataDirectoryLock.heldByAnotherProcess(dir)) {
            int running = RunningServer.port(dir).orElseThrow(() -> new IllegalStateException(
                    "另一个 GreenPlan 正在使用数据目录 " + dir + "，但读不到它的数据库端口 "
                            + "(another GreenPlan owns " + dir + " and its database port cannot be read)"));
            log.info("Using the PostgreSQL (port {}) of the GreenPlan already running on {}", running, dir);
            return EmbeddedDatabase.attached(running);
        }
        StalePostmaster.stopIfRunning(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        return EmbeddedDatabase.started(builder.start());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("greenplan-embedded");
        return dataSource;
    }
}
