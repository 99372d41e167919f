package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Instant;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The login as a user meets it, against the real user directory in PostgreSQL: session id changed at
 * login, the page asked for reached afterwards, throttling with a plain message, the one-time password
 * changed first, old hashes upgraded, and no password in the logs.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTests {
    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    MockMvc mvc;

    @BeforeEach
    void anonymousBrowser() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.sql("delete from login_failure").update();
    }

    @Test
    void changesTheSessionIdAtLoginAndReturnsToThePageAskedFor() throws Exception {
        user("wang", encoder.encode(PASSWORD), false);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse asked =
                mvc.perform(get("/plans/5").session(session)).andReturn().getResponse();
        assertThat(asked.getRedirectedUrl()).endsWith("/login");
        String before = session.getId();

        MockHttpServletResponse login = login("wang", PASSWORD, session);

        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(login.getRedirectedUrl()).contains("/plans/5");
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsAndSaysUntilWhen() throws Exception {
        user("li", encoder.encode(PASSWORD), false);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(login("li", "wrong-" + i, new MockHttpSession()).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MockHttpSession session = new MockHttpSession();

        assertThat(login("li", PASSWORD, session).getRedirectedUrl()).isEqualTo("/login?error");
        String page = mvc.perform(get("/login").param("error", "").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("该账户因多次登录失败已暂时锁定，请于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 后再试");
        assertThatNoException()
                .isThrownBy(
                        () -> throttle.check("li", "127.0.0.1", Instant.now().plus(LoginThrottle.WINDOW)));
    }

    @Test
    void refusesAnAddressAfterTwentyFailuresWhateverTheAccounts() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            login("nobody" + i, "wrong", new MockHttpSession(), "10.1.2.3");
        }
        user("zhao", encoder.encode(PASSWORD), false);

        assertThat(login("zhao", PASSWORD, new MockHttpSession(), "10.1.2.3").getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(login("zhao", PASSWORD, new MockHttpSession(), "10.9.9.9").getRedirectedUrl())
                .isNotEqualTo("/login?error");
        assertThatThrownBy(() -> throttle.check("zhao", "10.1.2.3", Instant.now()))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        locked -> assertThat(locked.scope()).isEqualTo(LoginThrottledException.Scope.ADDRESS));
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsEarlierFailures() throws Exception {
        user("sun", encoder.encode(PASSWORD), false);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
            login("sun", "wrong", new MockHttpSession());
        }
        login("sun", PASSWORD, new MockHttpSession());
        login("sun", "wrong", new MockHttpSession());

        assertThat(login("sun", PASSWORD, new MockHttpSession()).getRedirectedUrl())
                .isNotEqualTo("/login?error");
    }

    @Test
    void sendsAUserWhoMustChangeThePasswordThereFromEveryPageUntilChanged() throws Exception {
        user("zhouxiaoming", encoder.encode(PASSWORD), true);
        MockHttpSession session = new MockHttpSession();
        login("zhouxiaoming", PASSWORD, session);

        assertThat(mvc.perform(get("/units").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/password");
        String refused = change(session, PASSWORD, "zhou", "zhou").getContentAsString();
        assertThat(refused).contains("新密码至少需要 10 个字符");
        assertThat(change(session, PASSWORD, "zhouxiaoming", "zhouxiaoming").getContentAsString())
                .contains("新密码不能与用户名相同");
        assertThat(change(session, PASSWORD, PASSWORD, PASSWORD).getContentAsString())
                .contains("新密码不能与当前密码相同");
        assertThat(change(session, PASSWORD, "adminadmin", "adminadmin").getContentAsString())
                .contains("新密码太容易被猜到：它由用户名、姓名或系统名称“admin”构成");
        assertThat(change(session, PASSWORD, "1234567890", "1234567890").getContentAsString())
                .contains("新密码太容易被猜到：“1234567890”是泄露密码库中的常用密码");
        assertThat(change(session, PASSWORD, "zhouxiaoming2022", "zhouxiaoming2022")
                        .getContentAsString())
                .contains("它由用户名、姓名或系统名称“zhouxiaoming2022”构成");
        assertThat(change(session, "wrong", STRONG, STRONG).getContentAsString())
                .contains("当前密码不正确");
        assertThat(change(session, PASSWORD, STRONG, "Stroh-Halm#88.5").getContentAsString())
                .contains("两次输入的新密码不一致");

        assertThat(change(session, PASSWORD, STRONG, STRONG).getRedirectedUrl()).isEqualTo("/password");

        assertThat(mvc.perform(get("/units").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'zhouxiaoming'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(login("zhouxiaoming", STRONG, new MockHttpSession()).getRedirectedUrl())
                .isNotEqualTo("/login?error");
    }

    @Test
    void upgradesAnOldPasswordHashAtLogin() throws Exception {
        user("qian", "{noop}" + PASSWORD, false);

        login("qian", PASSWORD, new MockHttpSession());

        String hash = jdbc.sql("select password_hash from app_user where username = 'qian'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void refusesADisabledAccountSayingSo() throws Exception {
        user("wu", encoder.encode(PASSWORD), false);
        jdbc.sql("update app_user set enabled = false where username = 'wu'").update();
        MockHttpSession session = new MockHttpSession();

        login("wu", PASSWORD, session);

        assertThat(mvc.perform(get("/login").param("error", "").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("该账户已停用");
    }

    @Test
    void aWrongPasswordForADisabledAccountReadsAsAnyWrongPassword() throws Exception {
        user("wu", encoder.encode(PASSWORD), false);
        jdbc.sql("update app_user set enabled = false where username = 'wu'").update();
        MockHttpSession session = new MockHttpSession();

        login("wu", "not-" + PASSWORD, session);

        assertThat(mvc.perform(get("/login").param("error", "").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("用户名或密码不正确")
                .doesNotContain("该账户已停用");
    }

    @Test
    void neverWritesAPasswordToTheLog(CapturedOutput output) throws Exception {
        user("zheng", encoder.encode("Zheng-Secret-Login-1"), false);
        Logger security = (Logger) LoggerFactory.getLogger("org.springframework.security");
        Level before = security.getLevel();
        security.setLevel(Level.TRACE);
        try {
            login("zheng", "Wrong-Secret-Login-2", new MockHttpSession());
            login("zheng", "Zheng-Secret-Login-1", new MockHttpSession());
        } finally {
            security.setLevel(before);
        }

        assertThat(output.getAll()).contains("zheng").doesNotContain("Zheng-Secret-Login-1", "Wrong-Secret-Login-2");
    }

    private MockHttpServletResponse login(String username, String password, MockHttpSession session) throws Exception {
        return login(username, password, session, "127.0.0.1");
    }

    private MockHttpServletResponse login(String username, String password, MockHttpSession session, String address)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/login")
                .param("username", username)
                .param("password", password)
                .session(session)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return mvc.perform(request).andReturn().getResponse();
    }

    private static final String STRONG = "Stroh-Halm#88.5-Wanbi";

    private MockHttpServletResponse change(MockHttpSession session, String current, String next, String repeated)
            throws Exception {
        return mvc.perform(post("/password")
                        .param("current", current)
                        .param("next", next)
                        .param("repeated", repeated)
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private void user(String username, String hash, boolean mustChange) {
        jdbc.sql("delete from app_user where username = ?").param(username).update();
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password)
                        values (?, ?, ?, ?) returning id""")
                .params(username, username, hash, mustChange)
                .query(Long.class)
                .single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(id)
                .update();
    }
}
