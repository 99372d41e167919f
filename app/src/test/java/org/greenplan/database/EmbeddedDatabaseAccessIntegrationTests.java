package org.greenplan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL as the app starts it: loopback only, a password for every connection, and
 * the app's pool logged in as a role that is not superuser and can only read and append the audit trail.
 */
@IntegrationTest
class EmbeddedDatabaseAccessIntegrationTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void theAppConnectsAsItsOwnRoleThatIsNotSuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("greenplan_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void copyFromProgramIsRefusedForTheAppsConnection() {
        assertThatThrownBy(() -> jdbc.sql("copy audit_event (entity, entity_id, action) from program 'id'")
                        .update())
                .rootCause()
                .hasMessageContaining("pg_execute_server_program");
    }

    @Test
    void theAppAppendsToTheAuditTrailButCannotChangeOrDeleteIt() {
        jdbc.sql("insert into audit_event (entity, entity_id, action) values ('PLAN', -1, 'TESTED')")
                .update();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set reason = 'rewritten' where entity_id = -1")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() ->
                        jdbc.sql("delete from audit_event where entity_id = -1").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = -1")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAppCannotRewriteTheMigrationHistory() {
        assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void aConnectionWithoutPasswordIsRefused() {
        for (String role : List.of("postgres", "greenplan_app")) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), role, null)
                            .close())
                    .as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), role, "wrong-password")
                            .close())
                    .as(role)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        String loopback = "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(
                        loopback, "greenplan_app", database.credentials().appPassword());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show listen_addresses")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("localhost");
        }
    }

    @Test
    void keepsThePasswordsInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = database.dataDir().resolve(DatabaseCredentials.FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(DatabaseCredentials.read(database.dataDir())).contains(database.credentials());
        assertThat(Files.readString(file)).contains(database.credentials().superuserPassword());
    }

    @Test
    void noConnectionIsTrustedWithoutPassword() throws Exception {
        List<String> rules = Files.readAllLines(database.dataDir().resolve("pg_hba.conf")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
    }
}
