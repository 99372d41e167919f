package org.greenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;

/**
 * The embedded PostgreSQL this app uses: either one it started (and stops on shutdown), or the one a
 * running GreenPlan on the same data directory started, which it only connects to (so that
 * {@code ./greenplan import} works while {@code ./greenplan serve} runs).
 */
final class EmbeddedDatabase implements Closeable {
    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase started(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres, postgres.getPort());
    }

    static EmbeddedDatabase attached(int port) {
        return new EmbeddedDatabase(null, port);
    }

    boolean owned() {
        return started != null;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
