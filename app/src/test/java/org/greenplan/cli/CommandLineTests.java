package org.greenplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.GreenPlanApplication;
import org.greenplan.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTests {
    @TempDir
    Path dir;

    @Test
    void parseJsonMatchesTheGoldenFile() throws Exception {
        Path file = write(TestDocuments.SUZHOU, TestDocuments.bytes(TestDocuments.SUZHOU));

        Run run = run("parse", file.toString(), "--json");

        assertThat(run.code).as(run.err).isZero();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode expected =
                mapper.readTree(TestDocuments.bytes("suzhou-2022-green-development-work-points.parse.json"));
        assertThat(mapper.readTree(run.out)).isEqualTo(expected);
    }

    /** The JSON against the document's own expected reading, not only against a snapshot of the JSON. */
    @Test
    void parseJsonAgreesWithTheExpectedReadingOfTheDocument() throws Exception {
        Path file = write(TestDocuments.SUZHOU, TestDocuments.bytes(TestDocuments.SUZHOU));
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode got = mapper.readTree(run("parse", file.toString(), "--json").out);
        JsonNode expected = mapper.readTree(Path.of(
                        "..",
                        "parser",
                        "src",
                        "test",
                        "resources",
                        "plans",
                        "suzhou-2022-green-development-work-points.expected.json")
                .toFile());

        assertThat(got.path("title").asString())
                .isEqualTo(expected.path("title").asString());
        assertThat(got.path("issuer").asString())
                .isEqualTo(expected.path("issuer").asString());
        assertThat(got.path("issuedDate").asString())
                .isEqualTo(expected.path("issued_date").asString());
        int index = 0;
        int requiredTargets = 0;
        for (JsonNode part : expected.path("parts")) {
            for (JsonNode section : part.path("sections")) {
                for (JsonNode want : section.path("tasks")) {
                    JsonNode task = got.path("tasks").get(index++);
                    assertThat(task.path("path").toString())
                            .isEqualTo("[\"" + part.path("number").asString() + "\",\"（"
                                    + section.path("number").asString() + "）\",\""
                                    + want.path("number").asInt() + "\"]");
                    assertThat(task.path("leadUnits")).isEqualTo(want.path("units"));
                    assertThat(task.path("coUnits")).isEmpty();
                    // text_start is the first 20 printed characters; for short tasks (20, 32) it runs into the
                    // unit clause, which the task text no longer holds.
                    String start = want.path("text_start").asString();
                    String text = task.path("text").asString();
                    int n = Math.min(Math.min(start.length(), text.length()), 12);
                    assertThat(text.substring(0, n)).isEqualTo(start.substring(0, n));
                    requiredTargets += checkRequiredTargets(task.path("targets"), want.path("targets"));
                }
            }
        }
        assertThat(index).isEqualTo(got.path("tasks").size()).isEqualTo(34);
        assertThat(requiredTargets)
                .isEqualTo(
                        expected.path("counts").path("required_numeric_targets").asInt());
    }

    private static int checkRequiredTargets(JsonNode got, JsonNode wanted) {
        int checked = 0;
        for (JsonNode want : wanted) {
            if (!want.path("required").asBoolean()) {
                continue;
            }
            String unit = "percentage_point".equals(want.path("unit").asString())
                    ? "pp"
                    : want.path("unit").asString();
            boolean found = false;
            for (JsonNode target : got) {
                found |= target.path("comparator")
                                .asString()
                                .equals(want.path("comparator").asString())
                        && target.path("value")
                                        .decimalValue()
                                        .compareTo(want.path("value").decimalValue())
                                == 0
                        && target.path("unit").asString().equals(unit)
                        && target.path("indicator")
                                .asString()
                                .contains(want.path("indicator_contains").asString());
            }
            assertThat(found).as("required target %s in %s", want, got).isTrue();
            checked++;
        }
        return checked;
    }

    @Test
    void parsePrintsTheOutlineByDefault() throws Exception {
        Path file = write(TestDocuments.SUZHOU, TestDocuments.bytes(TestDocuments.SUZHOU));

        Run run = run("parse", file.toString());

        assertThat(run.code).isZero();
        assertThat(run.out).contains("大力推进绿色低碳循环发展").contains("市林业局");
    }

    @Test
    void everyCommandPrintsItsUsageOnStdoutForHelp() {
        for (String command : new String[] {"parse", "import", "export-ledger", "eval", "demo-data"}) {
            Run run = run(command, "--help");

            assertThat(run.code).as(command + ": " + run.err).isZero();
            assertThat(run.out).as(command).startsWith("Usage: greenplan " + command);
            assertThat(run.err).as(command).isEmpty();
        }
        assertThat(run("demo-data", "--help").out).contains("--cities").contains("--tasks-per-section");
    }

    @Test
    void parseRefusesBadInputWithAPositionedMessageAndExitCode2() throws Exception {
        Run empty = run("parse", write("empty.txt", new byte[0]).toString());
        assertThat(empty.code).isEqualTo(2);
        assertThat(empty.err.strip()).endsWith("empty.txt: 文件为空 (The file is empty)");
        Run noTasks = run(
                "parse",
                write("notes.txt", "会议纪要\n大家讨论了工作。\n".getBytes(StandardCharsets.UTF_8))
                        .toString());
        assertThat(noTasks.code).isEqualTo(2);
        assertThat(noTasks.err).contains("notes.txt:1:1: 未找到任何编号任务 (No numbered task was found)");
        assertThat(run("parse", dir.resolve("missing.txt").toString()).err).contains("文件不存在");
    }

    @Test
    void importsAndExportsTheLedgerThroughTheCommandLine() throws Exception {
        System.setProperty(
                "greenplan.database.embedded.data-dir", dir.resolve("pg").toString());
        try {
            Path file = write(TestDocuments.SUZHOU, TestDocuments.bytes(TestDocuments.SUZHOU));
            Run imported = run("import", file.toString(), "--publish");
            assertThat(imported.code).as(imported.err).isZero();
            assertThat(imported.err).contains("已导入并发布计划").contains("34 项任务");
            assertThat(imported.out).matches("http://localhost:\\d+/plans/\\d+\\R");
            assertThat(run("import", file.toString()).code).isEqualTo(3);
            Path crlf = write(
                    "crlf.txt",
                    TestDocuments.text(TestDocuments.SUZHOU)
                            .replace("\n", "\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Run again = run("import", crlf.toString());
            assertThat(again.code).as("other bytes: a new plan").isZero();
            assertThat(again.err).contains("已有同标题、同印发日期的计划").contains("已导入计划草稿");
            assertThat(again.out)
                    .as("a draft by default: stdout is only its review address")
                    .matches("http://localhost:\\d+/plans/\\d+/review\\R");
            Run webPage = run(
                    "import",
                    write("web-page.txt", """
                                    当前位置：首页 > 政策文件
                                    某市2023年生态环境工作要点
                                    一、水环境治理
                                    1.整治城区黑臭水体，年底前完成。（责任单位：区住建局）
                                    附件下载 打印本页 关闭窗口
                                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .toString());
            assertThat(webPage.code).as(webPage.err).isZero();
            assertThat(webPage.err)
                    .contains(": 说明 已删除网页内容（网页导航）：当前位置：首页 > 政策文件")
                    .doesNotContain("待核 已删除网页内容")
                    .contains("待核问题 "
                            + webPage.err
                                    .lines()
                                    .filter(l -> l.contains(": 待核 "))
                                    .count() + " 条");
            long draftId = Long.parseLong(again.out.strip().replaceAll("^.*/plans/(\\d+)/review$", "$1"));
            try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(GreenPlanApplication.class)
                    .web(org.springframework.boot.WebApplicationType.NONE)
                    .properties("greenplan.database.embedded.role=command")
                    .run()) {
                assertThat(context.getBean(org.greenplan.plan.PlanCatalog.class)
                                .plan(draftId)
                                .orElseThrow()
                                .state())
                        .isEqualTo(org.greenplan.plan.PlanState.DRAFT);
            }

            String planId = imported.out.strip().replaceAll("^.*/plans/(\\d+)$", "$1");
            Path xlsx = dir.resolve("ledger.xlsx");
            Run exported = run("export-ledger", planId, "--out", xlsx.toString());
            assertThat(exported.code).as(exported.err).isZero();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1 + 34);
            }
        } finally {
            System.clearProperty("greenplan.database.embedded.data-dir");
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GreenPlanCommands.run(
                GreenPlanApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
