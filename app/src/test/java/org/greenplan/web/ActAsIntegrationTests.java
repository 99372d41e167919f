package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** 代为操作: shown on every page while it lasts, refused without a reason, audited at start and stop. */
@IntegrationTest
class ActAsIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficeAdminActsAsAUnitWithABannerOnEveryPageAndEachStepAudited() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        long unit = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/admin/act-as/{unit}", unit)
                .param("reason", "联络员休假，代为填报")
                .session(session)
                .with(csrf())
                .with(TestActors.office()));

        String page = mvc.perform(get("/units").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("正在以 市农业农村局 的身份操作").contains("id=\"stop-acting\"");
        assertThat(mvc.perform(get("/my/anything").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isNotIn(401, 403);

        mvc.perform(post("/admin/act-as/stop").session(session).with(csrf()));

        assertThat(mvc.perform(get("/units").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("正在以");
        assertThat(jdbc.sql("""
                        select action || ':' || coalesce(reason, '') || ':' || actor_user_id || ':'
                               || coalesce(acting_as_unit_id::text, '-')
                        from audit_event where entity = 'UNIT' and entity_id = ? order by id""").param(unit).query(String.class).list())
                .containsExactly("ACT_AS_STARTED:联络员休假，代为填报:1:-", "ACT_AS_STOPPED::1:" + unit);
    }

    @Test
    void refusesToActWithoutAReason() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        var refused = mvc.perform(post("/admin/act-as/1")
                        .param("reason", " ")
                        .with(csrf())
                        .with(TestActors.office()))
                .andReturn();

        assertThat(refused.getFlashMap().get("error")).isEqualTo("代为操作需要填写原因。");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'UNIT' and action = 'ACT_AS_STARTED'"
                                + " and reason is null")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
