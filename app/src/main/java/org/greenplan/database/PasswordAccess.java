package org.greenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL ask every connection for a password and keeps the app off its superuser.
 *
 * <p>zonky initialises a data directory with {@code trust} authentication (any local user may connect
 * as any role, superuser included), and so did earlier GreenPlan versions. At every start of a server
 * this app owns, {@link #secure} sets the passwords of {@value DatabaseCredentials#SUPERUSER} and of the
 * app's login role {@value DatabaseCredentials#APP_ROLE} (created when missing: login, not superuser,
 * no role or database creation), writes the password file ({@link DatabaseCredentials}) and only then
 * replaces {@code pg_hba.conf} with {@code scram-sha-256} lines for socket and loopback connections
 * and reloads the server: a crash at any point leaves a directory the next start can finish. The
 * table privileges of the app's role are granted by the migration {@code V30__app_role_grants.sql}.
 */
final class PasswordAccess {
    static final String HBA_FILE = "pg_hba.conf";
    static final String PASSWORD_HBA = """
            # Written by GreenPlan at every start: each connection needs its role's password
            # (scram-sha-256); the passwords are in greenplan-credentials.properties beside this file.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;
    private static final String LOOPBACK_TRUST_HBA = """
            # Written by GreenPlan for one start: the password file was missing, new passwords are set.
            host    all          all   127.0.0.1/32   trust
            host    all          all   ::1/128        trust
            """;
    private static final Logger log = LoggerFactory.getLogger(PasswordAccess.class);

    private PasswordAccess() {}

    /**
     * Before starting the server: when the password file is gone but the server already asks for
     * passwords, nobody could log in. The data directory is ours (its lock is free), so for this one
     * start it accepts loopback connections without password, and {@link #secure} sets new ones.
     *
     * @return the stored passwords, or new ones when there is no password file
     */
    static Stored prepare(Path dataDir) throws IOException {
        Optional<DatabaseCredentials> stored = DatabaseCredentials.read(dataDir);
        if (stored.isPresent()) {
            return new Stored(stored.get(), false);
        }
        Path hba = dataDir.resolve(HBA_FILE);
        if (Files.isRegularFile(hba) && Files.readString(hba).equals(PASSWORD_HBA)) {
            log.warn("{} is missing: setting new database passwords for {}", DatabaseCredentials.FILE, dataDir);
            writeAtomically(hba, LOOPBACK_TRUST_HBA);
        }
        return new Stored(DatabaseCredentials.generate(), true);
    }

    /**
     * After the server started: sets both roles' passwords, stores new passwords, and switches the
     * server to password authentication.
     */
    static void secure(EmbeddedPostgres postgres, Path dataDir, Stored credentials) {
        DatabaseCredentials passwords = credentials.passwords();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role " + DatabaseCredentials.SUPERUSER + " password '"
                    + passwords.superuserPassword() + "'");
            String verb = roleExists(connection) ? "alter" : "create";
            statement.execute(verb + " role " + DatabaseCredentials.APP_ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + passwords.appPassword() + "'");
            if (credentials.generated()) {
                passwords.write(dataDir);
                log.info("Database passwords generated and stored in {}", DatabaseCredentials.file(dataDir));
            }
            Path hba = dataDir.resolve(HBA_FILE);
            if (!Files.readString(hba).equals(PASSWORD_HBA)) {
                writeAtomically(hba, PASSWORD_HBA);
                statement.execute("select pg_reload_conf()");
                log.info("The embedded PostgreSQL on {} now requires passwords (scram-sha-256)", dataDir);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot set the embedded database's passwords in " + dataDir, failed);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write the password settings in " + dataDir, failed);
        }
    }

    private static boolean roleExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, DatabaseCredentials.APP_ROLE);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(
                    temporary,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(DatabaseCredentials.OWNER_ONLY));
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * @param passwords the passwords to use
     * @param generated true when they are new and not yet stored
     */
    record Stored(DatabaseCredentials passwords, boolean generated) {}
}
