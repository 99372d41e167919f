package org.greenplan.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.ApiTokens;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ReportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A unit's own system saves its report with a real API token, without CSRF; a session needs CSRF. */
@IntegrationTest
class ApiTokenIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanImporter importer;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void aTokenSavesTheUnitsReportWithoutCsrfWhileASessionPutWithoutCsrfIsRefused() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        ReportFixture f = ReportFixture.publish(importer, jdbc, "OPEN");
        long userId = jdbc.sql("""
                        insert into app_user (username, display_name, unit_id, must_change_password)
                        values ('straw-system', '秸秆填报系统', ?, false) returning id""").param(f.strawUnitId()).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'UNIT_REPORTER')")
                .param(userId)
                .update();
        String token = tokens.create(userId, "单位系统", Duration.ofDays(30)).token();
        String url = "/api/periods/" + f.periodId() + "/tasks/" + f.straw().taskId() + "/report";
        String body = """
                {"progress": "完成秸秆离田利用", "values": [{"targetId": %d, "value": "88.5"}], "version": 0}""".formatted(f.straw().targetId());

        mvc.perform(put(url).with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put(url).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.unitId").value(f.strawUnitId()))
                .andExpect(jsonPath("$.values[0].typed").value("88.5"));
        mvc.perform(get("/api/plans").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(f.straw().planId()));
        mvc.perform(get("/api/plans/" + f.straw().planId() + "/tasks").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.number == '10')].targets[0].indicator").value("秸秆综合利用率"))
                .andExpect(jsonPath("$[*].units[*].unitId")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.equalTo((int) f.strawUnitId()))));
        mvc.perform(get("/api/plans/" + f.straw().planId() + "/periods").header("Authorization", "Bearer gp_forged"))
                .andExpect(status().isUnauthorized());
    }
}
