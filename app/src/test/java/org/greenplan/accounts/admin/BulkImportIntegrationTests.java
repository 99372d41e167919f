package org.greenplan.accounts.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BulkImportIntegrationTests {
    @Autowired
    BulkImports imports;

    @Autowired
    ImportWorkbooks workbooks;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from app_user where username like 'imp-%'").update();
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void previewNamesEveryBadRowAndColumnAndStoresNothing() {
        byte[] file = Sheets.xlsx(
                row("imp-good", "张三", "市发改委", "填报员", "zhang@example.gov.cn", 13812345678L),
                row("imp-bad-unit", "李四", "市农业服务局", "填报员", null, null),
                row("imp-good", "张三二", "市农业农村局", "单位负责人", null, null),
                row("imp-bad-role", "王五", "市农业农村局", "管理员X", null, null),
                row(),
                row("imp-formula", "=A2", "市农业农村局", "填报员", null, null),
                row("imp-leader", "赵六", null, "领导、LEADER", null, "0557-3021234"));

        ImportPreview preview = imports.upload(ImportKind.USERS, "users.xlsx", new ByteArrayInputStream(file));

        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(problems(preview, 2)).isEmpty();
        assertThat(problems(preview, 3)).containsExactly(FieldProblem.of("C", "import.unit.unknown", "市农业服务局"));
        assertThat(problems(preview, 4))
                .containsExactly(FieldProblem.of("A", "import.duplicate.username", "imp-good", "2"));
        assertThat(problems(preview, 5)).containsExactly(FieldProblem.of("D", "import.role.unknown", "管理员X"));
        assertThat(preview.rows().get(4).action()).isEqualTo("SKIP");
        assertThat(problems(preview, 7)).containsExactly(FieldProblem.of("B", "import.cell.formula"));
        assertThat(problems(preview, 8)).isEmpty();
        assertThat(preview.rows().get(0).cells())
                .containsExactly("imp-good", "张三", "市发改委", "填报员", "zhang@example.gov.cn", "13812345678");
        assertThat(preview.confirmable()).isFalse();
        assertThat(importedUsers()).isZero();

        assertThatThrownBy(() -> imports.confirm(preview.token()))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.has("import.hasProblems")).isTrue());
        assertThat(importedUsers()).isZero();
    }

    @Test
    void confirmingStoresAllRowsOnceWithOneTimePasswords() throws Exception {
        byte[] file = Sheets.xlsx(
                row("imp-a", "张三", "市发改委", "填报员", "zhang@example.gov.cn", 13812345678L),
                row(),
                row("imp-b", "赵六", null, "领导", null, null));
        ImportPreview preview = imports.upload(ImportKind.USERS, "users.xlsx", new ByteArrayInputStream(file));
        assertThat(preview.confirmable()).isTrue();
        assertThat(importedUsers()).isZero();

        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> outcome(preview.token()));
        CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> outcome(preview.token()));
        List<Object> outcomes = List.of(first.get(), second.get());

        assertThat(outcomes).filteredOn(ImportResult.class::isInstance).hasSize(1);
        assertThat(outcomes).contains("import.alreadyConfirmed");
        ImportResult result = (ImportResult) outcomes.stream()
                .filter(ImportResult.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(result.users()).extracting(c -> c.user().username()).containsExactly("imp-a", "imp-b");
        assertThat(result.users().get(0).user().unitName()).isEqualTo("市发展改革委");
        assertThat(result.users().get(1).user().roles()).containsExactly(Role.LEADER);
        assertThat(result.users())
                .allSatisfy(c -> assertThat(c.oneTimePassword()).hasSize(16));
        assertThat(importedUsers()).isEqualTo(2);
        assertThat(imports.preview(preview.token()).confirmed()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'USER' and action = 'CREATED'"
                                + " and field = 'username' and new_value in ('imp-a', 'imp-b')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void unitImportCreatesNewUnitsAndUpdatesKnownOnesAfterChecking() {
        byte[] bad = Sheets.xlsx(
                row("市测试协调办", "市协调办", "孙八", "13912345678", "sun@example.gov.cn"),
                row("市发改委", "市林业局", "钱九", "12345", "not-mail"));
        ImportPreview refused = imports.upload(ImportKind.UNITS, "units.xlsx", new ByteArrayInputStream(bad));
        assertThat(problems(refused, 3))
                .containsExactly(
                        FieldProblem.of("B", "import.alias.taken", "市林业局", "市林业局"),
                        FieldProblem.of("D", "contact.phone.format", "12345"),
                        FieldProblem.of("E", "contact.email.format", "not-mail"));

        byte[] good = Sheets.xlsx(
                row("市测试协调办", "市协调办、协调办", "孙八", "13912345678", "sun@example.gov.cn"),
                row("市发改委", "市发改", "钱九", "0557-3021234", null));
        ImportPreview preview = imports.upload(ImportKind.UNITS, "units.xlsx", new ByteArrayInputStream(good));
        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly("CREATE", "UPDATE");

        ImportResult result = imports.confirm(preview.token());

        assertThat(result.unitsCreated()).isEqualTo(1);
        assertThat(result.unitsUpdated()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select confirmed::text || ' ' || contact_name || ' ' || contact_phone from responsible_unit"
                                        + " where name = '市测试协调办'")
                        .query(String.class)
                        .single())
                .isEqualTo("true 孙八 13912345678");
        assertThat(jdbc.sql("select contact_name from responsible_unit where name = '市发展改革委'")
                        .query(String.class)
                        .single())
                .isEqualTo("钱九");
        assertThat(jdbc.sql("select count(*) from unit_alias where alias in ('市协调办', '协调办', '市发改')")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'UNIT' and field = 'contactName'"
                                + " and new_value in ('孙八', '钱九')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        jdbc.sql("update responsible_unit set contact_name = null, contact_phone = null where name = '市发展改革委'")
                .update();
        jdbc.sql("delete from unit_alias where alias = '市发改'").update();
    }

    @Test
    void refusesAFileThatIsNoWorkbookOrTooLarge() {
        assertThatThrownBy(() -> imports.upload(
                        ImportKind.USERS, "users.xlsx", new ByteArrayInputStream("not excel".getBytes())))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal -> assertThat(refusal.has("import.file.unreadable"))
                                .isTrue());
        assertThatThrownBy(() -> imports.upload(
                        ImportKind.USERS, "big.xlsx", new ByteArrayInputStream(new byte[6 * 1024 * 1024])))
                .isInstanceOfSatisfying(
                        AccountRefusal.class,
                        refusal ->
                                assertThat(refusal.has("import.file.tooLarge")).isTrue());
    }

    @Test
    void templatesCarryTheColumnHeadingsInThePageLanguage() throws Exception {
        try (XSSFWorkbook zh = new XSSFWorkbook(
                        new ByteArrayInputStream(workbooks.template(ImportKind.USERS, Locale.SIMPLIFIED_CHINESE)));
                XSSFWorkbook en = new XSSFWorkbook(
                        new ByteArrayInputStream(workbooks.template(ImportKind.UNITS, Locale.ENGLISH)))) {
            assertThat(zh.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("用户名");
            assertThat(zh.getSheetAt(0).getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("所属单位（名称或别名）");
            assertThat(en.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("Contact e-mail");
            assertThat(zh.getNumberOfSheets()).isEqualTo(2);
        }
    }

    private Object outcome(String token) {
        try {
            return imports.confirm(token);
        } catch (AccountRefusal refusal) {
            return refusal.problems().get(0).code();
        }
    }

    private static List<FieldProblem> problems(ImportPreview preview, int row) {
        return preview.rows().stream()
                .filter(r -> r.row() == row)
                .findFirst()
                .orElseThrow()
                .problems();
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private long importedUsers() {
        return jdbc.sql("select count(*) from app_user where username like 'imp-%'")
                .query(Long.class)
                .single();
    }
}
