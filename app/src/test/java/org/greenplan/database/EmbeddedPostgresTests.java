package org.greenplan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.greenplan.GreenPlanApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresTests {
    @TempDir
    Path dir;

    @Test
    void stopsAPostmasterLeftRunningByAKilledAppAndKeepsItsData() throws Exception {
        Path data = dir.resolve("pg");
        Process killed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledApp.class.getName(),
                        data.toString())
                .inheritIO()
                .start();
        assertThat(killed.waitFor()).as("the child JVM died by halt(9)").isEqualTo(9);
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(data.resolve("postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();

        // The app was killed: nobody closed the server. The next start must stop it first.
        StalePostmaster.stopIfRunning(data);

        assertThat(postmaster.isAlive()).isFalse();
        try (EmbeddedPostgres again = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = again.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives");
        }
    }

    @Test
    void leavesAProcessAloneThatIsNotPostgres() throws Exception {
        Path data = dir.resolve("pg");
        java.nio.file.Files.createDirectories(data);
        // A pid file left by a killed server whose pid the system has since given to another program.
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            java.nio.file.Files.writeString(data.resolve("postmaster.pid"), other.pid() + "\n");

            StalePostmaster.stopIfRunning(data);

            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
        }
    }

    @Test
    void usesAConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("external"))
                        .setCleanDataDirectory(true)
                        .start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(GreenPlanApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--greenplan.database.embedded.data-dir=" + dir.resolve("must-not-exist"))) {
            assertThat(app.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            assertThat(dir.resolve("must-not-exist")).doesNotExist();
            long units = app.getBean(JdbcClient.class)
                    .sql("select count(*) from responsible_unit")
                    .query(Long.class)
                    .single();
            assertThat(units).as("Flyway migrated the configured server").isGreaterThan(20);
        }
    }

    @Test
    void aSecondAppOnTheSameDataDirectoryUsesTheRunningServerAndLeavesItRunning() {
        String dataDir = "--greenplan.database.embedded.data-dir=" + dir.resolve("shared");
        try (ConfigurableApplicationContext server = start(dataDir)) {
            try (ConfigurableApplicationContext command =
                    start(dataDir, "--greenplan.database.embedded.role=command")) {
                assertThat(command.getBean(EmbeddedDatabase.class).owned()).isFalse();
                command.getBean(JdbcClient.class)
                        .sql("insert into region (name, level) values ('测试区', 'DISTRICT')")
                        .update();
            }
            long regions = server.getBean(JdbcClient.class)
                    .sql("select count(*) from region where name = '测试区'")
                    .query(Long.class)
                    .single();
            assertThat(regions).as("the server's database outlived the command").isEqualTo(1);
            assertThat(server.getBean(EmbeddedDatabase.class).owned()).isTrue();
        }
    }

    @Test
    void aSecondWebServerOnTheSameDataDirectorySaysWhoIsInTheWay() {
        String dataDir = "--greenplan.database.embedded.data-dir=" + dir.resolve("shared");
        try (ConfigurableApplicationContext server = start(dataDir)) {
            assertThatThrownBy(() -> start(dataDir, "--greenplan.database.embedded.wait=PT1S"))
                    .hasStackTraceContaining("正被另一个 GreenPlan（serve (pid "
                            + ProcessHandle.current().pid() + ")）使用");
            assertThat(server.getBean(JdbcClient.class)
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aSecondServeExitsAtOnceNamingTheServerThatHoldsTheDatabase() throws Exception {
        Path shared = dir.resolve("shared");
        try (ConfigurableApplicationContext server = start("--greenplan.database.embedded.data-dir=" + shared)) {
            Path output = dir.resolve("second-serve.log");
            // A wait far longer than the test's own limit: only an immediate refusal lets it pass.
            Process second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            GreenPlanApplication.class.getName(),
                            "serve",
                            "--server.port=0",
                            "--greenplan.database.embedded.data-dir=" + shared,
                            "--greenplan.database.embedded.wait=PT30M")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try {
                assertThat(second.waitFor(3, java.util.concurrent.TimeUnit.MINUTES))
                        .as("the second serve gave up without waiting for the first")
                        .isTrue();
                String printed = java.nio.file.Files.readString(output);
                assertThat(second.exitValue()).as(printed).isEqualTo(DataDirectoryInUseException.EXIT_CODE);
                assertThat(printed)
                        .contains("APPLICATION FAILED TO START")
                        .contains("正被另一个 GreenPlan（serve (pid "
                                + ProcessHandle.current().pid() + ")）使用")
                        .doesNotContain("\tat org.springframework");
            } finally {
                second.destroyForcibly();
            }
            assertThat(server.getBean(JdbcClient.class)
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .as("the first server kept running")
                    .isEqualTo(1);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // the refused serve is told to wait 30 minutes: it must not
    void aServeWhileACommandHoldsTheDatabaseSaysSoAtOnce() {
        String dataDir = "--greenplan.database.embedded.data-dir=" + dir.resolve("shared");
        try (ConfigurableApplicationContext command = start(dataDir, "--greenplan.database.embedded.role=command")) {
            assertThatThrownBy(() -> start(dataDir, "--greenplan.database.embedded.wait=PT30M"))
                    .hasRootCauseInstanceOf(DataDirectoryInUseException.class)
                    .rootCause()
                    .extracting(e -> ((DataDirectoryInUseException) e).holder())
                    .isEqualTo("command (pid " + ProcessHandle.current().pid() + ")");
            assertThat(command.getBean(EmbeddedDatabase.class).owned()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GreenPlanApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }
}
