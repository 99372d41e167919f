package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.accounts.admin.Sheets;
import org.greenplan.organisation.OfficeRegions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The accounts pages offer a county or district office only the roles it may grant (the rule
 * {@code AccountReach} checks): the new-user and edit forms, the users import template's notes; and a refused
 * role is named in words (领导), never by its code (LEADER), on the form and in the import preview. The city
 * office is offered every role.
 */
@IntegrationTest
class RegionAccountFormsIntegrationTests {
    private static final List<String> ACCOUNTS = List.of("dsforms", "dsformsreporter");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeRegions offices;

    RequestPostProcessor countyOffice;
    long countyOfficeId;
    long countyUnit;
    long countyReporter;

    @BeforeEach
    void aCountyOfficeWithAUnitAndItsReporter() {
        long dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        countyUnit = RegionFenceFixture.one(jdbc, """
                insert into responsible_unit (region_id, name, confirmed) values (?, '砀山县表单测试局', true)
                returning id""", dangshan);
        countyOfficeId = user("dsforms", null, Role.OFFICE_ADMIN);
        offices.scope("dsforms", dangshan, "县绿色办账号");
        countyReporter = user("dsformsreporter", countyUnit, Role.UNIT_REPORTER);
        countyOffice =
                TestActors.as(new Actor(countyOfficeId, "dsforms", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false));
    }

    @AfterEach
    void clean() {
        for (String username : ACCOUNTS) {
            for (String table : List.of("office_region", "app_user_role")) {
                jdbc.sql("delete from " + table + " where user_id in (select id from app_user where username = ?)")
                        .param(username)
                        .update();
            }
            jdbc.sql("delete from app_user where username = ?").param(username).update();
        }
        jdbc.sql("delete from responsible_unit where name = '砀山县表单测试局'").update();
    }

    @Test
    void theNewUserFormOffersTheCityEveryRoleAndACountyOnlyTheUnitRoles() throws Exception {
        Document city = page(get("/admin/users/new"), TestActors.office());
        assertThat(roleValues(city)).containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER", "LEADER");
        assertThat(roleLabels(city)).containsExactly("办公室管理员", "填报员", "单位负责人", "领导");
        assertThat(city.getElementById("roles-hint").text()).startsWith("填报员和单位负责人必须选择所属单位");

        Document county = page(get("/admin/users/new"), countyOffice);
        assertThat(roleValues(county)).containsExactly("UNIT_REPORTER", "UNIT_LEADER");
        assertThat(roleLabels(county)).containsExactly("填报员", "单位负责人");
        assertThat(county.getElementById("roles-hint").text()).startsWith("县区办公室只能为本地区单位开设填报员、单位负责人账号");
        assertThat(county.select("select[name=unitId] option").eachText()).contains("砀山县表单测试局");
        assertThat(city.select("select[name=unitId] option").first().text()).isEqualTo("（无：办公室管理员和领导不属于单位）");
        assertThat(county.select("select[name=unitId] option").first().text())
                .as("a county office grants only unit roles: no office or leader account without a unit")
                .isEqualTo("（请选择单位）");
        assertThat(county.getElementById("units-missing"))
                .as("the county has a confirmed unit")
                .isNull();
    }

    @Test
    void theNewUserFormSaysWhereUnitsComeFromWhileNoneIsConfirmed() throws Exception {
        jdbc.sql("update responsible_unit set confirmed = false where name = '砀山县表单测试局'")
                .update();

        Document county = page(get("/admin/users/new"), countyOffice);

        assertThat(county.select("select[name=unitId] option").eachText()).containsExactly("（请选择单位）");
        assertThat(county.getElementById("units-missing").text())
                .startsWith("还没有可选的单位：导入计划时识别出的单位须先在单位目录中确认")
                .endsWith("前往单位目录");
        assertThat(county.select("#units-missing a").attr("href")).isEqualTo("/units");
    }

    @Test
    void theEditFormOffersTheUnitRolesPlusTheRolesTheAccountHolds() throws Exception {
        assertThat(roleValues(page(get("/admin/users/" + countyReporter), countyOffice)))
                .containsExactly("UNIT_REPORTER", "UNIT_LEADER");
        Document own = page(get("/admin/users/" + countyOfficeId), countyOffice);
        assertThat(roleValues(own))
                .as("the county office keeps its own office role on an edit, and is offered no leader role")
                .containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER");
        assertThat(own.select("input[name=roles][checked]").eachAttr("value")).containsExactly("OFFICE_ADMIN");
        assertThat(roleValues(page(get("/admin/users/" + countyReporter), TestActors.office())))
                .containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER", "LEADER");
    }

    @Test
    void aRefusedRoleIsNamedInWordsAndTheFormStillOffersOnlyTheUnitRoles() throws Exception {
        Document refused = page(
                post("/admin/users")
                        .param("username", "dsformsboss")
                        .param("displayName", "县领导")
                        .param("roles", "LEADER"),
                countyOffice);

        assertThat(refused.select(".text-danger").text())
                .contains("县区办公室只能授予本地区单位的填报员、单位负责人角色，不能授予领导角色")
                .doesNotContain("LEADER");
        assertThat(roleValues(refused)).containsExactly("UNIT_REPORTER", "UNIT_LEADER");
        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from app_user where username = 'dsformsboss'"))
                .isZero();
    }

    @Test
    void theUserListsRoleFilterOffersACountyOnlyTheRolesItsListCanHold() throws Exception {
        assertThat(filterRoles(TestActors.office()))
                .containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER", "LEADER");

        assertThat(filterRoles(countyOffice))
                .as("its units' accounts and its own office accounts: never a leader's")
                .containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER");
        assertThat(page(get("/admin/users?role=OFFICE_ADMIN"), countyOffice)
                        .select("#users a")
                        .eachText())
                .containsExactly("dsforms");
        assertThat(page(get("/admin/users?role=UNIT_REPORTER"), countyOffice)
                        .select("#users a")
                        .eachText())
                .containsExactly("dsformsreporter");

        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'LEADER')")
                .param(countyOfficeId)
                .update();
        assertThat(filterRoles(countyOffice))
                .as("an office account of its region that also holds the leader role is in its list")
                .containsExactly("OFFICE_ADMIN", "UNIT_REPORTER", "UNIT_LEADER", "LEADER");
    }

    private List<String> filterRoles(RequestPostProcessor who) throws Exception {
        Document users = page(get("/admin/users"), who);
        assertThat(users.select("#f-role option").first().attr("value"))
                .as("all roles")
                .isEmpty();
        return users.select("#f-role option[value~=.]").eachAttr("value");
    }

    @Test
    void theUsersImportTemplateListsOnlyTheRolesTheOfficeMayGrant() throws Exception {
        assertThat(templateNotes(TestActors.office()))
                .contains("C 列所属单位：单位库中的名称或别名；填报员和单位负责人必填，办公室管理员和领导不填。")
                .contains("D 列角色：办公室管理员、填报员、单位负责人、领导，多个用、分隔。");
        List<String> county = templateNotes(countyOffice);
        assertThat(county).contains("C 列所属单位：本地区单位库中的名称或别名，必填。").contains("D 列角色：填报员、单位负责人，多个用、分隔（县区办公室只能开设本地区单位的账号）。");
        assertThat(String.join("\n", county)).doesNotContain("办公室管理员", "领导");
    }

    @Test
    void theImportPreviewNamesARefusedRoleInWords() throws Exception {
        byte[] file = Sheets.xlsx(
                new Object[] {"dsformsboss", "县领导", null, "领导", null, null},
                new Object[] {"dsformsnew", "县填报员", "砀山县表单测试局", "填报员", null, null});
        String preview = mvc.perform(multipart("/admin/imports/users")
                        .file(new MockMultipartFile("file", "users.xlsx", "application/octet-stream", file))
                        .with(countyOffice))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith("/admin/imports/");

        Document page = page(get(preview), countyOffice);
        assertThat(page.getElementById("row-2").text()).contains("不能授予领导角色").doesNotContain("LEADER");
        assertThat(page.getElementById("row-3").text()).doesNotContain("不能授予");
    }

    private List<String> templateNotes(RequestPostProcessor who) throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/imports/templates/users.xlsx").with(who))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet notes = workbook.getSheet("填写说明");
            for (Row row : notes) {
                lines.add(row.getCell(0).getStringCellValue());
            }
        }
        return lines;
    }

    private static List<String> roleValues(Document form) {
        return form.select("input[name=roles]").eachAttr("value");
    }

    private static List<String> roleLabels(Document form) {
        return form.select("input[name=roles]").stream()
                .map(input -> form.selectFirst("label[for=" + input.id() + "]"))
                .map(Element::text)
                .toList();
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(
                mvc.perform(request.with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long user(String username, Long unitId, Role role) {
        long id = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, unit_id, must_change_password) values (?, ?, ?, false)
                returning id""", username, username, unitId);
        jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                .params(id, role.name())
                .update();
        return id;
    }
}
