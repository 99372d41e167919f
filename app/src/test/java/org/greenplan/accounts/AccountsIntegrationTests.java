package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** API tokens: shown once, stored hashed, accepted as a bearer token on the API only until revoked. */
@IntegrationTest
class AccountsIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    MockMvc mvc;
    long userId;

    @BeforeEach
    void reporter() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.sql("delete from app_user where username = 'token-user'").update();
        userId = jdbc.sql("""
                        insert into app_user (username, display_name, must_change_password)
                        values ('token-user', '令牌用户', false) returning id""").query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'LEADER')")
                .param(userId)
                .update();
    }

    @Test
    void aTokenSignsInOnTheApiUntilRevokedAndOnlyItsHashIsStored() throws Exception {
        ApiTokens.IssuedToken issued = tokens.create(userId, "单位系统", Duration.ofDays(30));

        assertThat(jdbc.sql("select token_hash from app_user_token where id = ?")
                        .param(issued.id())
                        .query(String.class)
                        .single())
                .isEqualTo(ApiTokens.hash(issued.token()))
                .doesNotContain(issued.token());
        assertThat(status("/api/anything", "Bearer " + issued.token())).isEqualTo(404);
        assertThat(status("/api/anything", "Bearer gp_forged")).isEqualTo(401);
        assertThat(status("/api/anything", null)).isEqualTo(401);
        assertThat(tokens.active(userId))
                .extracting(ApiTokens.TokenSummary::name)
                .containsExactly("单位系统");

        assertThat(tokens.revoke(userId + 1, issued.id())).isFalse();
        assertThat(tokens.revoke(userId, issued.id())).isTrue();

        assertThat(status("/api/anything", "Bearer " + issued.token())).isEqualTo(401);
        assertThat(tokens.active(userId)).isEmpty();
    }

    @Test
    void aTokenNeedsNoCsrfTokenButASessionPostDoes() throws Exception {
        ApiTokens.IssuedToken issued = tokens.create(userId, "脚本", Duration.ofDays(1));

        assertThat(mvc.perform(post("/api/anything").header("Authorization", "Bearer " + issued.token()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isNotIn(401, 403);
        assertThat(mvc.perform(post("/api/anything").with(TestActors.leader()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theTokenPageShowsANewTokenOnceAndListsItByName() throws Exception {
        var created = mvc.perform(
                        post("/tokens")
                                .param("name", "季度填报")
                                .param("days", "90")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(TestActors.as(new Actor(
                                        userId, "token-user", "令牌用户", null, java.util.Set.of(Role.LEADER), false))))
                .andReturn();
        ApiTokens.IssuedToken issued =
                (ApiTokens.IssuedToken) created.getFlashMap().get("issued");

        assertThat(issued.token()).startsWith("gp_");
        String list = mvc.perform(get("/tokens")
                        .with(TestActors.as(
                                new Actor(userId, "token-user", "令牌用户", null, java.util.Set.of(Role.LEADER), false))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("季度填报").doesNotContain(issued.token());
    }

    private int status(String path, String authorization) throws Exception {
        var request = get(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
