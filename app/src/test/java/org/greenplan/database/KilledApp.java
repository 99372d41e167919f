package org.greenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresTests}: starts an embedded PostgreSQL on the given data
 * directory, stores a row, and dies like {@code kill -9} (no shutdown hooks), orphaning the server.
 */
final class KilledApp {
    private KilledApp() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text); insert into kept values ('survives')");
        }
        Runtime.getRuntime().halt(9);
    }
}
