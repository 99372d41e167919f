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
 * previous {@code kill -9} of the app is stopped first ({@link StalePostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${greenplan.database.embedded.data-dir}") Path dataDir,
            @Value("${greenplan.database.embedded.port}") int port) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        java.nio.file.Files.createDirectories(dir.getParent());
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
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("greenplan-embedded");
        return dataSource;
    }
}
