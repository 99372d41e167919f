package org.greenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL this app uses: either one it started (and stops on shutdown), or the one a
 * running GreenPlan on the same data directory started, which it only connects to (so that
 * {@code ./greenplan import} works while {@code ./greenplan serve} runs), with the passwords both read
 * from the data directory's password file.
 */
final class EmbeddedDatabase implements Closeable {
    private final EmbeddedPostgres started;
    private final int port;
    private final DatabaseCredentials credentials;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres started, int port, DatabaseCredentials credentials, Path dataDir) {
        this.started = started;
        this.port = port;
        this.credentials = credentials;
        this.dataDir = dataDir;
    }

    static EmbeddedDatabase started(EmbeddedPostgres postgres, DatabaseCredentials credentials, Path dataDir) {
        return new EmbeddedDatabase(postgres, postgres.getPort(), credentials, dataDir);
    }

    static EmbeddedDatabase attached(int port, DatabaseCredentials credentials, Path dataDir) {
        return new EmbeddedDatabase(null, port, credentials, dataDir);
    }

    /** @return the data directory, absolute */
    Path dataDir() {
        return dataDir;
    }

    boolean owned() {
        return started != null;
    }

    int port() {
        return port;
    }

    DatabaseCredentials credentials() {
        return credentials;
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
