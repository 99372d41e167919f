package org.greenplan.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /office/audit} names kinds and actions in words, in its table and in its kind filter: the rows of an
 * assessment round, a close-out request and a 催办单 read 考核轮次 · 开启考核, 销号与调整申请 · 申请销号, never their codes.
 */
@IntegrationTest
class AuditPageWordsIntegrationTests {
    private static final String REASON = "审计页面用词测试";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Rows of ids no thing has (-9): the app may append to the trail but never delete from it. */
    @BeforeEach
    void rowsOfThreeKinds() {
        for (String[] row : List.of(
                new String[] {"ASSESSMENT_ROUND", "ASSESSMENT_ROUND_OPENED"},
                new String[] {"CLOSEOUT_REQUEST", "CLOSEOUT_REQUESTED"},
                new String[] {"URGING", "ISSUE"})) {
            jdbc.sql("insert into audit_event (actor, entity, entity_id, action, reason) values ('市绿色办', ?, -9, ?, ?)")
                    .params(row[0], row[1], REASON)
                    .update();
        }
    }

    @Test
    void theTableAndTheKindFilterNameKindsAndActionsInChinese() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/office/audit").with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        String table = page.select("table.gp-audit").text();
        assertThat(table)
                .contains("考核轮次 #-9: 开启考核", "销号与调整申请 #-9: 申请销号", "催办单 #-9: 印发催办单")
                .doesNotContain("ASSESSMENT_ROUND", "CLOSEOUT_REQUEST", "URGING", "ISSUE");
        assertThat(page.select("select#entity option").eachText())
                .contains("考核轮次", "销号与调整申请", "催办单")
                .noneMatch(option -> option.matches("[A-Z_]+"));
    }

    /** A reader that sets each element's text apart must still read 「plan #1: published」, never 「plan #1 : published」. */
    @Test
    void theIdCarriesItsColonSoNoReaderSetsItApart() throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/office/audit").param("lang", "en").with(TestActors.office()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("tr.gp-audit-row td:nth-child(3)"))
                .extracting(cell -> String.join(" ", cell.select("> span").eachText()))
                .contains("Assessment round #-9: assessment opened", "Urging notice #-9: urging notice issued");
    }
}
