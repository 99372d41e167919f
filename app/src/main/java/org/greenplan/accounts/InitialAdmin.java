package org.greenplan.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start of the web application: when no enabled office admin exists, creates {@code admin} with a
 * one-time random password ({@value #LENGTH} characters from {@link SecureRandom}), which must be changed
 * at first login. The password is logged once (WARN, standard error) and written to
 * {@code greenplan.accounts.initial-password-file} (default {@code data/initial-admin-password.txt})
 * readable by the owner only. There is never a fixed default password. Command-line runs create nothing.
 */
@Component
@ConditionalOnWebApplication
class InitialAdmin implements ApplicationRunner {
    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Path file;
    private final String displayName;
    private final SecureRandom random = new SecureRandom();

    InitialAdmin(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            @Value("${greenplan.accounts.initial-password-file}") Path file,
            @Value("${greenplan.accounts.initial-admin-name}") String displayName) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.transaction = transaction;
        this.file = file.toAbsolutePath().normalize();
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoOfficeAdmin().ifPresent(this::announce);
    }

    /** @return the one-time password of the admin just created, or empty when an office admin exists */
    Optional<String> createIfNoOfficeAdmin() {
        return transaction.execute(status -> {
            // Several nodes may start at once: one creates the admin, the others then see it.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('greenplan.initial-admin'))")
                    .query()
                    .singleRow();
            boolean exists = jdbc.sql("""
                            select exists (select 1 from app_user u join app_user_role r on r.user_id = u.id
                                           where r.role = 'OFFICE_ADMIN' and u.enabled)""").query(Boolean.class).single();
            if (exists) {
                return Optional.<String>empty();
            }
            String password = randomPassword();
            long id = jdbc.sql("""
                            insert into app_user (username, display_name, password_hash, must_change_password)
                            values ('admin', ?, ?, true)
                            on conflict (username) do update set password_hash = excluded.password_hash,
                                must_change_password = true, enabled = true
                            returning id""")
                    .params(displayName, encoder.encode(password))
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN') on conflict do nothing")
                    .param(id)
                    .update();
            return Optional.of(password);
        });
    }

    private void announce(String password) {
        boolean ownerOnly = write(password);
        log.warn(
                "First start: created the office admin 'admin' with the one-time password {} (also written to {}{});"
                        + " it must be changed at first login",
                password,
                file,
                ownerOnly
                        ? ", readable by its owner only"
                        : ": this file system has no POSIX permissions, restrict" + " access to it yourself");
    }

    /** @return whether the file was made readable by its owner only */
    private boolean write(String password) {
        try {
            Files.createDirectories(file.getParent());
            boolean posix =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            // Written beside and moved into place, so a reader never sees half a file.
            Path written = posix
                    ? Files.createTempFile(
                            file.getParent(), "initial-admin", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(file.getParent(), "initial-admin", ".tmp");
            Files.writeString(written, password + System.lineSeparator());
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return posix;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
