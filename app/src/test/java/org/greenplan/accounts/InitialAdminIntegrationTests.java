package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: without an office admin, {@code admin} is created with a random one-time password that
 * must be changed, written to a file only its owner can read; a second start creates nothing.
 */
@IntegrationTest
class InitialAdminIntegrationTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path data;

    @Test
    void createsTheAdminWithAOneTimePasswordInAnOwnerOnlyFileAndOnlyOnce() throws Exception {
        jdbc.sql("delete from app_user_role where role = 'OFFICE_ADMIN'").update();
        Path file = data.resolve("initial-admin-password.txt");
        InitialAdmin first = new InitialAdmin(jdbc, encoder, transaction, file, "系统管理员");

        first.run(null);

        String password = Files.readString(file).strip();
        assertThat(password).hasSize(InitialAdmin.LENGTH).matches("[A-Za-z0-9]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(jdbc.sql("""
                        select password_hash, must_change_password, display_name from app_user where username = 'admin'""")
                        .query((rs, i) -> encoder.matches(password, rs.getString(1))
                                && rs.getBoolean(2)
                                && rs.getString(3).equals("系统管理员"))
                        .single())
                .isTrue();

        Files.delete(file);
        new InitialAdmin(jdbc, encoder, transaction, file, "系统管理员").run(null);

        assertThat(file).doesNotExist();
        assertThat(jdbc.sql("""
                        select count(*) from app_user u join app_user_role r on r.user_id = u.id
                        where r.role = 'OFFICE_ADMIN'""").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoPasswordsAreNeverTheSame() {
        jdbc.sql("delete from app_user_role where role = 'OFFICE_ADMIN'").update();
        InitialAdmin admin = new InitialAdmin(jdbc, encoder, transaction, data.resolve("a.txt"), "系统管理员");
        String one = admin.createIfNoOfficeAdmin().orElseThrow();
        jdbc.sql("delete from app_user_role where role = 'OFFICE_ADMIN'").update();

        String two = admin.createIfNoOfficeAdmin().orElseThrow();

        assertThat(one).isNotEqualTo(two);
    }
}
