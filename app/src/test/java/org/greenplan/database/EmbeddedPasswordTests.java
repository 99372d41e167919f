package org.greenplan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.greenplan.GreenPlanApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data directories written before passwords, lost password files, and an external server's two roles. */
class EmbeddedPasswordTests {
    @TempDir
    Path dir;

    @Test
    void upgradesADataDirectoryThatTrustedEveryLocalUserInPlace() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgres older = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = older.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            // The schema as the version before passwords left it, migrated as the superuser.
            org.flywaydb.core.Flyway.configure()
                    .dataSource(older.getPostgresDatabase())
                    .target("10")
                    .load()
                    .migrate();
            s.execute("insert into region (name, level) values ('旧数据区', 'DISTRICT')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
        assertThat(data.resolve(DatabaseCredentials.FILE)).doesNotExist();

        try (ConfigurableApplicationContext app = start(data)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from region where name = '旧数据区'")
                            .query(Long.class)
                            .single())
                    .as("the older data is kept and the app's role may read it")
                    .isEqualTo(1);
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .isEqualTo("greenplan_app");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(data.resolve(DatabaseCredentials.FILE))))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).isEqualTo(PasswordAccess.PASSWORD_HBA);
            int port = app.getBean(EmbeddedDatabase.class).port();
            assertThatThrownBy(() -> DriverManager.getConnection(
                                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }

    @Test
    void keepsItsPasswordsAcrossRestarts() {
        Path data = dir.resolve("pg");
        DatabaseCredentials first;
        try (ConfigurableApplicationContext app = start(data)) {
            first = app.getBean(EmbeddedDatabase.class).credentials();
        }
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.getBean(EmbeddedDatabase.class).credentials()).isEqualTo(first);
            assertThat(again.getBean(JdbcClient.class)
                            .sql("select count(*) from responsible_unit")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(20);
        }
    }

    @Test
    void setsNewPasswordsWhenThePasswordFileWasDeleted() throws Exception {
        Path data = dir.resolve("pg");
        DatabaseCredentials first;
        try (ConfigurableApplicationContext app = start(data)) {
            first = app.getBean(EmbeddedDatabase.class).credentials();
        }
        Files.delete(data.resolve(DatabaseCredentials.FILE));

        try (ConfigurableApplicationContext again = start(data)) {
            DatabaseCredentials renewed = again.getBean(EmbeddedDatabase.class).credentials();
            assertThat(renewed.superuserPassword()).isNotEqualTo(first.superuserPassword());
            assertThat(DatabaseCredentials.read(data)).contains(renewed);
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).isEqualTo(PasswordAccess.PASSWORD_HBA);
            assertThat(again.getBean(JdbcClient.class)
                            .sql("select current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo("greenplan_app");
        }
    }

    @Test
    void grantsTheAppRoleOfAnExternalServerItsPrivilegesAndKeepsTheAuditTrailAppendOnly() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true)
                .start()) {
            try (Connection c = external.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create role office_app login password 'app-secret'");
            }
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GreenPlanApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(
                            "--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
                            "--spring.datasource.username=office_app",
                            "--spring.datasource.password=app-secret",
                            "--spring.flyway.user=postgres",
                            "--spring.flyway.password=unused-with-trust",
                            "--greenplan.database.app-role=office_app")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single())
                        .isEqualTo("office_app");
                assertThat(jdbc.sql("select count(*) from responsible_unit")
                                .query(Long.class)
                                .single())
                        .isGreaterThan(20);
                jdbc.sql("insert into audit_event (entity, entity_id, action) values ('PLAN', -1, 'TESTED')")
                        .update();
                assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                        .rootCause()
                        .hasMessageContaining("permission denied for table audit_event");
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(GreenPlanApplication.class)
                .web(WebApplicationType.NONE)
                .run("--greenplan.database.embedded.data-dir=" + data);
    }
}
