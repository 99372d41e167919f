package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.PasswordChanges;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.accounts.UserAccounts;
import org.greenplan.accounts.admin.UserAdministration;
import org.greenplan.accounts.admin.UserDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An account that is disabled, given a new password or changed in what it signs in as loses its open sessions once
 * the change is committed (their rows are gone, so their next request is sent to the login, as
 * {@code SessionWriteIntegrationTests} shows for a session that does not exist); other accounts' sessions, and a
 * change of phone number, leave sessions alone. A sign-in that read the account before such a change does not store
 * its session after it. A user who changes their own password ends their other sessions and goes on in the one they
 * changed it in.
 */
@IntegrationTest
class ChangedAccountSessionsIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepository<?> repository;

    @Autowired
    UserAdministration users;

    @Autowired
    UserAccounts directory;

    @Autowired
    PasswordChanges passwords;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    WebApplicationContext context;

    private static final String OLD_PASSWORD = "Gu-Zhen-Qiao#2022";
    private static final String NEW_PASSWORD = "Stroh-Halm#88.5-Wanbi";

    private long changedId;
    private long keptId;

    @BeforeEach
    void twoAccounts() {
        changedId = account("session-changed");
        keptId = account("session-kept");
    }

    @AfterEach
    void removeSessions() {
        jdbc.sql("delete from spring_session where principal_name in ('session-changed', 'session-kept')")
                .update();
    }

    private long account(String username) {
        jdbc.sql("delete from app_user where username = ?").param(username).update();
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password)
                        values (?, ?, '{noop}unused', false) returning id""").params(username, username).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'LEADER')")
                .param(id)
                .update();
        return id;
    }

    /** The stored sessions, read from their rows on every call (not through {@link SavedSessionReuse}). */
    @SuppressWarnings("unchecked")
    private SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) ((SavedSessionReuse<?>) repository).unwrapped();
    }

    /** @return the id of a session signed in as {@code username}, stored as a sign-in stores it */
    private String signedIn(long id, String username) {
        GreenPlanUser user = GreenPlanUser.of(new Actor(id, username, username, null, Set.of(Role.LEADER), false));
        Session session = sessions().createSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessions().save(session);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?")
                        .param(session.getId())
                        .query(String.class)
                        .single())
                .as("stored under its user's name, as a sign-in stores it")
                .isEqualTo(username);
        return session.getId();
    }

    private void isOpen(String session) {
        assertThat(sessions().findById(session)).as("the session is still open").isNotNull();
    }

    private void isEnded(String session) {
        assertThat(sessions().findById(session)).as("the session has ended").isNull();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndNoOtherOnes() throws Exception {
        String changed = signedIn(changedId, "session-changed");
        String alsoChanged = signedIn(changedId, "session-changed");
        String kept = signedIn(keptId, "session-kept");

        mvc.perform(post("/admin/users/" + changedId + "/disable")
                        .with(TestActors.office())
                        .with(csrf()))
                .andExpect(status().isFound());

        isEnded(changed);
        isEnded(alsoChanged);
        isOpen(kept);
    }

    @Test
    void aSignInThatReadTheAccountBeforeItWasDisabledOrChangedIsNotStored() {
        GreenPlanUser readBefore = directory.loadUserByUsername("session-changed");
        users.setEnabled(changedId, false);
        assertThat(storedAs(readBefore))
                .as("disabled while the sign-in was under way")
                .isFalse();

        users.setEnabled(changedId, true);
        GreenPlanUser readAfter = directory.loadUserByUsername("session-changed");
        assertThat(storedAs(readAfter)).as("read after the change").isTrue();

        int version = users.user(changedId).version();
        users.update(
                changedId,
                version,
                new UserDraft("session-changed", "session-changed", null, Set.of(Role.OFFICE_ADMIN), null, null));
        assertThat(storedAs(readAfter))
                .as("its roles changed while the sign-in was under way")
                .isFalse();
        assertThat(storedAs(readAfter.replacedBy(readAfter.actor())))
                .as("replaced, still the old read")
                .isFalse();
    }

    /** @return whether a session signed in as {@code user} is stored, saved as a sign-in's request saves it */
    private boolean storedAs(GreenPlanUser user) {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> asRequestsSaveIt = (SessionRepository<Session>) repository;
        Session session = asRequestsSaveIt.createSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        asRequestsSaveIt.save(session);
        return sessions().findById(session.getId()) != null;
    }

    @Test
    void aNewPasswordEndsTheAccountsSessions() {
        String changed = signedIn(changedId, "session-changed");
        String kept = signedIn(keptId, "session-kept");

        users.resetPassword(changedId);

        isEnded(changed);
        isOpen(kept);
    }

    @Test
    void newRolesEndTheSessionsButANewPhoneNumberDoesNot() {
        String changed = signedIn(changedId, "session-changed");
        int version = users.user(changedId).version();

        users.update(
                changedId,
                version,
                new UserDraft("session-changed", "session-changed", null, Set.of(Role.LEADER), null, "0557-1234567"));
        isOpen(changed);

        users.update(
                changedId,
                version + 1,
                new UserDraft(
                        "session-changed",
                        "session-changed",
                        null,
                        Set.of(Role.LEADER, Role.OFFICE_ADMIN),
                        null,
                        null));
        isEnded(changed);
    }

    @Test
    void aChangeThatLeavesTheSessionsOpenLeavesThemFreeToReplaceTheirUser() {
        GreenPlanUser signedInBefore = directory.loadUserByUsername("session-changed");
        int version = users.user(changedId).version();
        users.update(
                changedId,
                version,
                new UserDraft("session-changed", "session-changed", null, Set.of(Role.LEADER), null, "0557-1234567"));

        assertThat(storedAs(signedInBefore.replacedBy(signedInBefore.actor())))
                .as("a session signed in before a new phone number, replacing its user (acting as a unit)")
                .isTrue();
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsTheOneItWasChangedIn() {
        String through = signedIn(changedId, "session-changed");
        String other = signedIn(changedId, "session-changed");
        String kept = signedIn(keptId, "session-kept");
        GreenPlanUser readBefore = directory.loadUserByUsername("session-changed");

        PasswordChanges.Outcome outcome =
                passwords.change("session-changed", "unused", NEW_PASSWORD, NEW_PASSWORD, through);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.signInVersion()).isEqualTo(readBefore.signInVersion() + 1);
        isOpen(through);
        isEnded(other);
        isOpen(kept);
        assertThat(storedAs(readBefore))
                .as("a sign-in with the old password under way when it changed")
                .isFalse();
        assertThat(storedAs(readBefore.replacedBy(readBefore.actor(), outcome.signInVersion())))
                .as("the session it was changed in, going on at the new version")
                .isTrue();
    }

    @Test
    void aPasswordChangedThroughTheFormKeepsItsBrowserSignedInAndSignsTheOtherOut() throws Exception {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(encoder.encode(OLD_PASSWORD), changedId)
                .update();
        // two browsers through the application's own filters (sessions in the database, security), without the
        // tests' default sign-in
        MockMvc browsers = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(
                        context.getBean("savedSessionReuseScope", FilterRegistrationBean.class)
                                .getFilter(),
                        context.getBean("springSessionRepositoryFilter", Filter.class),
                        context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        Cookie office = signIn(browsers, OLD_PASSWORD);
        Cookie home = signIn(browsers, OLD_PASSWORD);
        assertThat(statusOf(browsers, get("/units").cookie(home))).isEqualTo(200);

        MockHttpServletResponse changed = browsers.perform(post("/password")
                        .param("current", OLD_PASSWORD)
                        .param("next", NEW_PASSWORD)
                        .param("repeated", NEW_PASSWORD)
                        .cookie(office)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(changed.getRedirectedUrl()).isEqualTo("/password");
        assertThat(statusOf(browsers, get("/units").cookie(office)))
                .as("the browser the password was changed in")
                .isEqualTo(200);
        MockHttpServletResponse signedOut =
                browsers.perform(get("/units").cookie(home)).andReturn().getResponse();
        assertThat(signedOut.getRedirectedUrl()).as("the other browser").endsWith("/login");
        assertThat(signIn(browsers, NEW_PASSWORD)).isNotNull();
    }

    private static Cookie signIn(MockMvc browsers, String password) throws Exception {
        MockHttpServletResponse response = browsers.perform(post("/login")
                        .param("username", "session-changed")
                        .param("password", password)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("signed in").doesNotContain("error");
        return response.getCookie("SESSION");
    }

    private static int statusOf(MockMvc browsers, MockHttpServletRequestBuilder request) throws Exception {
        return browsers.perform(request).andReturn().getResponse().getStatus();
    }
}
