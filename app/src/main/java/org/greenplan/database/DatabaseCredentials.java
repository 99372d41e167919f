package org.greenplan.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's two login roles, generated at the first start
 * ({@link SecureRandom}, 256 bits each, URL-safe Base64) and kept in the data directory in
 * {@value #FILE}, readable and writable by its owner only ({@code rw-------}) where the file system
 * has POSIX permissions. A command started while {@code serve} runs reads them from there.
 *
 * @param superuserPassword the password of {@value #SUPERUSER}, the owner of the schema that Flyway
 *                          migrates as
 * @param appPassword       the password of {@value #APP_ROLE}, the non-superuser role the app's
 *                          connection pool logs in as
 */
record DatabaseCredentials(String superuserPassword, String appPassword) {
    static final String FILE = "greenplan-credentials.properties";
    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "greenplan_app";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    DatabaseCredentials {
        requireSafe(superuserPassword);
        requireSafe(appPassword);
    }

    /** @return two new random passwords */
    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /**
     * @return the passwords stored in {@code dataDir}, or empty when there is no password file (a new
     *     data directory, or one written by a version of GreenPlan that ran without passwords)
     * @throws IllegalStateException when the file exists but lacks a password
     */
    static Optional<DatabaseCredentials> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
        String superuser = properties.getProperty("superuser.password");
        String app = properties.getProperty("app.password");
        if (superuser == null || app == null) {
            throw new IllegalStateException(file + " lacks superuser.password or app.password");
        }
        return Optional.of(new DatabaseCredentials(superuser, app));
    }

    /**
     * Writes the passwords to {@code dataDir} atomically: a temporary file created owner-only, synced to
     * disk, then moved over the old one, so that a crash never leaves a half-written file.
     */
    void write(Path dataDir) throws IOException {
        Path file = file(dataDir);
        Path temporary = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
        }
        Properties properties = new Properties();
        properties.setProperty("superuser", SUPERUSER);
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("app.role", APP_ROLE);
        properties.setProperty("app.password", appPassword);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "GreenPlan embedded PostgreSQL passwords: keep this file private");
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The passwords go into {@code ALTER ROLE … PASSWORD '…'}: only URL-safe Base64 is accepted. */
    private static void requireSafe(String password) {
        if (password == null || !password.matches("[A-Za-z0-9_-]{20,}")) {
            throw new IllegalStateException("a stored database password is not one GreenPlan generated");
        }
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[****]";
    }
}
