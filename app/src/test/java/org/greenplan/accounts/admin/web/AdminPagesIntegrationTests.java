package org.greenplan.accounts.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.greenplan.accounts.admin.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin pages, signed in as the office: forms, field errors, one-time passwords, import preview. */
@IntegrationTest
class AdminPagesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long unitId;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from app_user where username like 'web-%'").update();
        unitId = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
    }

    @Test
    void theOfficeSeesTheAdminEntryAndTheUserList() throws Exception {
        String page = page(get("/admin/users"));

        assertThat(page).contains("href=\"/admin\"").contains(">管理<").contains("用户管理");
        var reporterHome = mvc.perform(get("/").with(TestActors.reporter(unitId)))
                .andReturn()
                .getResponse();
        reporterHome.setCharacterEncoding("UTF-8");
        assertThat(reporterHome.getContentAsString()).doesNotContain("href=\"/admin\"");
    }

    @Test
    void creatingAUserShowsItsOneTimePasswordOnce() throws Exception {
        String page = page(newUser("web-li", "李四", "UNIT_REPORTER", String.valueOf(unitId)));

        assertThat(page).contains("已创建用户 web-li").containsPattern("id=\"one-time-password\">[A-Za-z2-9]{16}<");
        assertThat(page(get("/admin/users").param("unit", String.valueOf(unitId))))
                .contains("web-li")
                .contains("待改密码");
    }

    @Test
    void aTakenUsernameAndAMissingUnitAreShownBesideTheirFields() throws Exception {
        page(newUser("web-wang", "王五", "UNIT_REPORTER", String.valueOf(unitId)));

        String page = page(newUser("WEB-WANG", "王五二", "UNIT_REPORTER", ""));

        assertThat(page)
                .contains("用户名「WEB-WANG」已被使用")
                .contains("填报员和单位负责人必须选择所属单位")
                .doesNotContain("one-time-password");
    }

    @Test
    void aHandMadeRoleOrUnitIsRefusedInWordsNotWithJavasConversionError() throws Exception {
        String page = page(newUser("web-qian", "钱七", "GOD", "abc"));

        assertThat(page).contains("填写的内容格式不正确").doesNotContain("java.", "Failed to convert", "one-time-password");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'web-qian'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEditFromAnOutdatedFormSaysSomeoneElseChangedIt() throws Exception {
        page(newUser("web-zhao", "赵六", "LEADER", ""));
        long id = jdbc.sql("select id from app_user where username = 'web-zhao'")
                .query(Long.class)
                .single();
        mvc.perform(edit(id, "赵六（新）", 0)).andExpect(redirectedUrl("/admin/users/" + id));

        String page = page(edit(id, "另一人的修改", 0));

        assertThat(page).contains("该用户已被他人修改").contains("赵六（新）");
    }

    @Test
    void aUnitContactWithABadPhoneIsRefusedBesideTheField() throws Exception {
        String page = page(post("/admin/units/" + unitId)
                .param("contactName", "孙八")
                .param("contactPhone", "12345")
                .param("contactEmail", "sun@example.gov.cn")
                .param("version", "0"));

        assertThat(page).contains("电话「12345」格式不正确");
        assertThat(page(get("/admin/units"))).contains("市农业农村局").doesNotContain("孙八");
    }

    @Test
    void anUploadedUserSheetIsPreviewedRowByRow() throws Exception {
        byte[] file = Sheets.xlsx(
                new Object[] {"web-a", "张三", "市发改委", "填报员"},
                new Object[] {"web-b", "李四", "市农业服务局", "填报员"},
                new Object[] {"web-c", "王五", "市农业农村局", "填报员"},
                new Object[] {"web-d", "赵六", "市农业农村局", "填报员"},
                new Object[] {"web-e", "钱七", "市农业局", "填报员"});
        String location = mvc.perform(multipart("/admin/imports/users")
                        .file(new MockMultipartFile("file", "users.xlsx", null, file))
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String page = page(get(location));

        assertThat(page).contains("第 3 行 C 列：单位「市农业服务局」不存在").contains("id=\"not-confirmable\"");
        assertThat(jdbc.sql("select count(*) from app_user where username like 'web-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aConfirmedImportShowsThePasswordsOnceAndTheyDownloadAsAWorkbook() throws Exception {
        byte[] file = Sheets.xlsx(new Object[] {"web-imp", "孙八", "市农业局", "填报员", null, 13912345678L});
        String location = mvc.perform(multipart("/admin/imports/users")
                        .file(new MockMultipartFile("file", "users.xlsx", null, file))
                        .with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String token = location.substring(location.lastIndexOf('/') + 1);

        String result = page(post("/admin/imports/" + token + "/confirm"));
        mvc.perform(post("/admin/imports/" + token + "/confirm").with(TestActors.office()))
                .andExpect(redirectedUrl(location));
        String again = page(get(location));

        assertThat(result).contains("已创建 1 个用户").contains("web-imp").contains("市农业农村局");
        String password = result.replaceAll("(?s).*name=\"password\" value=\"([A-Za-z2-9]{16})\".*", "$1");
        assertThat(password).hasSize(16);
        assertThat(again).contains("这批数据已经导入，没有再次保存。").doesNotContain(password);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'web-imp'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        byte[] bytes = mvc.perform(post("/admin/imports/passwords.xlsx")
                        .param("username", "web-imp")
                        .param("displayName", "孙八")
                        .param("unit", "市农业农村局")
                        .param("password", password)
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo(password);
        }
    }

    @Test
    void disablingAndEnablingAUserSaysSoOnTheList() throws Exception {
        page(newUser("web-off", "周九", "LEADER", ""));
        long id = jdbc.sql("select id from app_user where username = 'web-off'")
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/users/" + id + "/disable").with(TestActors.office()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(page(get("/admin/users").param("enabled", "false"))).contains("web-off");
        mvc.perform(post("/admin/users/" + id + "/enable").with(TestActors.office()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(page(get("/admin/users").param("enabled", "false"))).doesNotContain("web-off");
    }

    @Test
    void aReporterIsRefusedByTheServiceEvenWhereTheUrlIsOpen() throws Exception {
        mvc.perform(newUser("web-sneak", "潜入", "OFFICE_ADMIN", "").with(TestActors.reporter(unitId)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/" + unitId)
                        .param("contactName", "潜入")
                        .param("version", "0")
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from app_user where username = 'web-sneak'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from responsible_unit where contact_name = '潜入'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theUserTemplateDownloadsAsAWorkbook() throws Exception {
        byte[] bytes = mvc.perform(get("/admin/imports/templates/users.xlsx").with(TestActors.office()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"users-template.xlsx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("角色（多个用、分隔）");
        }
    }

    private MockHttpServletRequestBuilder newUser(String username, String name, String role, String unit) {
        return post("/admin/users")
                .param("username", username)
                .param("displayName", name)
                .param("roles", role)
                .param("unitId", unit)
                .param("version", "0");
    }

    private MockHttpServletRequestBuilder edit(long id, String name, int version) {
        return post("/admin/users/" + id)
                .param("username", "web-zhao")
                .param("displayName", name)
                .param("roles", "LEADER")
                .param("unitId", "")
                .param("version", String.valueOf(version));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request.with(TestActors.office())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
