package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.accounts.UserAccounts;
import org.greenplan.accounts.admin.UserAdministration;
import org.greenplan.accounts.admin.UserDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account that is disabled, given a new password or changed in what it signs in as loses its open sessions once
 * the change is committed (their rows are gone, so their next request is sent to the login, as
 * {@code SessionWriteIntegrationTests} shows for a session that does not exist); other accounts' sessions, and a
 * change of phone number, leave sessions alone. A sign-in that read the account before such a change does not store
 * its session after it.
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
}
