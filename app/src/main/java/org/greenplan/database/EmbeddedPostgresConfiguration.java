package org.greenplan.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
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
 * GreenPlan owns the data directory ({@link DataDirectoryLock}): a command connects to the web server's
 * database instead of starting or stopping anything; a command while another command owns it waits for
 * that one to finish ({@code greenplan.database.embedded.wait}, default 2 minutes) and then starts its
 * own; a web server ({@code serve}) refuses at once with a {@link DataDirectoryInUseException} naming
 * the owner, since a web server is already running or a command holds the database.
 *
 * <p>The server listens on loopback only ({@code listen_addresses=localhost}) and asks every connection
 * for a password ({@link PasswordAccess}, {@link DatabaseCredentials}): Flyway migrates as the
 * superuser {@code postgres}, the app's pool logs in as the non-superuser {@code greenplan_app}, whose
 * table privileges the migration {@code V30__app_role_grants.sql} grants (read and append only on
 * {@code audit_event}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {
    private java.time.Duration waitLimit = java.time.Duration.ofMinutes(2);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${greenplan.database.embedded.data-dir}") Path dataDir,
            @Value("${greenplan.database.embedded.port}") int port,
            @Value("${greenplan.database.embedded.role:serve}") String role,
            @Value("${greenplan.database.embedded.wait:PT2M}") java.time.Duration wait)
            throws IOException {
        this.waitLimit = wait;
        Path dir = dataDir.toAbsolutePath().normalize();
        java.nio.file.Files.createDirectories(dir.getParent());
        if (DataDirectoryLock.heldByAnotherProcess(dir)) {
            Optional<DataDirectoryOwner> owner = DataDirectoryOwner.read(dir);
            if (DataDirectoryOwner.SERVE.equals(role)) {
                throw new DataDirectoryInUseException(dir, holder(owner));
            }
            if (owner.map(DataDirectoryOwner::isLiveServer).orElse(false)) {
                return attach(dir);
            }
            waitForOwnerToFinish(dir, owner);
        }
        StalePostmaster.stopIfRunning(dir);
        PasswordAccess.Stored credentials = PasswordAccess.prepare(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setConnectConfig("password", credentials.passwords().superuserPassword())
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            PasswordAccess.secure(postgres, dir, credentials);
        } catch (RuntimeException failed) {
            postgres.close();
            throw failed;
        }
        EmbeddedDatabase started = EmbeddedDatabase.started(postgres, credentials.passwords(), dir);
        new DataDirectoryOwner(role, ProcessHandle.current().pid()).write(dir);
        return started;
    }

    private static EmbeddedDatabase attach(Path dir) throws IOException {
        int running = RunningServer.port(dir)
                .orElseThrow(() -> new IllegalStateException("另一个 GreenPlan 正在使用数据目录 " + dir + "，但读不到它的数据库端口 "
                        + "(another GreenPlan owns " + dir + " and its database port cannot be read)"));
        DatabaseCredentials credentials = DatabaseCredentials.read(dir)
                .orElseThrow(() -> new IllegalStateException("另一个 GreenPlan 正在使用数据目录 " + dir + "，但读不到数据库密码文件 "
                        + DatabaseCredentials.FILE + " (another GreenPlan owns " + dir
                        + " and its password file cannot be read)"));
        log.info("Using the PostgreSQL (port {}) of the GreenPlan web server running on {}", running, dir);
        return EmbeddedDatabase.attached(running, credentials, dir);
    }

    /**
     * A command owns the directory (its server stops when it ends) and this is another command: wait for
     * the owner to finish rather than share a server that will disappear.
     */
    private void waitForOwnerToFinish(Path dir, Optional<DataDirectoryOwner> owner) throws IOException {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        while (DataDirectoryLock.heldByAnotherProcess(dir)) {
            if (System.nanoTime() > deadline) {
                throw new DataDirectoryInUseException(dir, holder(owner));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + dir, interrupted);
            }
        }
    }

    private static String holder(Optional<DataDirectoryOwner> owner) {
        return owner.map(o -> o.role() + " (pid " + o.pid() + ")").orElse("unknown");
    }

    /**
     * The pool's size and the longest wait for one of its connections are {@code
     * spring.datasource.hikari.maximum-pool-size} and {@code spring.datasource.hikari.connection-timeout} (ms) as
     * for an external database (defaults 20 and HikariCP's 30,000 ms).
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedDatabase database,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeout) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(DatabaseCredentials.APP_ROLE);
        dataSource.setPassword(database.credentials().appPassword());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setConnectionTimeout(connectionTimeout);
        dataSource.setPoolName("greenplan-embedded");
        return dataSource;
    }

    /** Flyway migrates as the schema's owner, the superuser; the app's pool is the app's role. */
    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedDatabase database) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return DatabaseCredentials.SUPERUSER;
            }

            @Override
            public String getPassword() {
                return database.credentials().superuserPassword();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }
}
