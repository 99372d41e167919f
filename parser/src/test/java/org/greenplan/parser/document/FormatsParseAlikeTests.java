package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 宿州 document rendered as docx, pdf, ofd and html (generated here) parses to the same plan as
 * its text: same metadata, outline, units in order and targets.
 */
class FormatsParseAlikeTests {
    private static final ParsedPlan FROM_TEXT = new PlanParser().parse(ReferenceText.text());

    static Stream<Arguments> renderings() {
        List<String> lines = ReferenceText.lines();
        return Stream.of(
                Arguments.of("docx", DocxFixtures.paragraphs(lines)),
                Arguments.of("docx with Word numbering", DocxFixtures.autoNumbered(lines)),
                Arguments.of("pdf", PdfFixtures.render(lines, "'- ' counter(page) ' -'")),
                Arguments.of(
                        "pdf with spaces beside digits and unit clauses broken after the label",
                        PdfFixtures.renderAsExtractedBadly(lines, "'第 ' counter(page) ' 页'")),
                Arguments.of("ofd", OfdFixtures.render(lines)),
                Arguments.of("html", HtmlFixtures.page(lines).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("web page copy, body on one line", WebCopyFixtures.oneLine(lines, " ")),
                Arguments.of(
                        "web page copy, body on one line right after the breadcrumb",
                        WebCopyFixtures.oneLine(WebCopyFixtures.BREADCRUMB_HEAD, lines, " ")),
                Arguments.of(
                        "web page copy, body glued on one line right after the breadcrumb",
                        WebCopyFixtures.oneLine(WebCopyFixtures.BREADCRUMB_HEAD, lines, "")),
                Arguments.of(
                        "html, article glued in one paragraph",
                        HtmlFixtures.oneLinePage(lines).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAWebPageCopyWhoseParagraphsWereGluedWithNothingBetween() {
        byte[] bytes = WebCopyFixtures.oneLine(ReferenceText.lines(), "");

        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(bytes, "page.txt"));

        assertThat(parsed.toOutline()).isEqualTo(FROM_TEXT.toOutline());
        assertThat(parsed.title()).isEqualTo(FROM_TEXT.title());
        assertThat(parsed.issuedDate()).isEqualTo(FROM_TEXT.issuedDate());
        assertSameHeader(parsed);
        assertSameTasks(parsed);
        assertThat(parsed.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.INFO)
                .extracting(ParseIssue::message)
                .anyMatch(m -> m.contains("网页导航") && m.contains("当前位置"))
                .anyMatch(m -> m.contains("信息公开元数据") && m.contains("索 引 号"))
                .anyMatch(m -> m.contains("打印本页"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void parsesToTheSamePlanAsTheText(String format, byte[] bytes) {
        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(bytes, "plan"));

        assertThat(parsed.toOutline()).isEqualTo(FROM_TEXT.toOutline());
        assertThat(parsed.title()).isEqualTo(FROM_TEXT.title());
        assertThat(parsed.issuedDate()).isEqualTo(FROM_TEXT.issuedDate());
        assertSameHeader(parsed);
        assertSameTasks(parsed);
    }

    @Test
    void dropsABreadcrumbThatTheBodyFollowsAtOnceUpToItsLastSeparator() {
        byte[] bytes = WebCopyFixtures.oneLine(WebCopyFixtures.BREADCRUMB_HEAD, ReferenceText.lines(), "");

        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(bytes, "page.txt"));

        assertThat(parsed.issues())
                .filteredOn(i -> i.message().contains("网页导航"))
                .extracting(ParseIssue::message)
                .containsExactly("已删除网页内容（网页导航）：" + WebCopyFixtures.BREADCRUMB_HEAD);
    }

    /** Addressees, issuer and the body signing on its behalf (市相关单位…, …办公室, 宿州市生态环境局(代)). */
    private static void assertSameHeader(ParsedPlan parsed) {
        assertThat(FROM_TEXT.addressees()).containsExactly("市相关单位", "各县、区实施绿色发展行动专项小组办公室");
        assertThat(FROM_TEXT.issuer()).isEqualTo("宿州市实施绿色发展行动专项小组办公室");
        assertThat(FROM_TEXT.issuedOnBehalfBy()).isEqualTo("宿州市生态环境局");
        assertThat(parsed.addressees()).isEqualTo(FROM_TEXT.addressees());
        assertThat(parsed.issuer()).isEqualTo(FROM_TEXT.issuer());
        assertThat(parsed.issuedOnBehalfBy()).isEqualTo(FROM_TEXT.issuedOnBehalfBy());
    }

    private static void assertSameTasks(ParsedPlan parsed) {
        assertThat(parsed.tasks()).hasSize(34);
        for (int i = 0; i < parsed.tasks().size(); i++) {
            ParsedTask got = parsed.tasks().get(i);
            ParsedTask want = FROM_TEXT.tasks().get(i);
            assertThat(got.text()).as("task %s", want.number()).isEqualTo(want.text());
            assertThat(got.units()).as("task %s", want.number()).isEqualTo(want.units());
            assertThat(got.targets())
                    .extracting(t -> t.comparator() + " " + t.value() + " " + t.unit())
                    .as("task %s", want.number())
                    .isEqualTo(want.targets().stream()
                            .map(t -> t.comparator() + " " + t.value() + " " + t.unit())
                            .toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tablePlans")
    void readsAPlanWrittenAsATable(String format, byte[] bytes) {
        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(bytes, "plan.docx"));

        assertThat(parsed.tasks()).hasSize(34);
        assertThat(parsed.tasks()).extracting(ParsedTask::number).startsWith("1", "2", "3");
        for (int i = 0; i < 34; i++) {
            assertThat(parsed.tasks().get(i).units())
                    .extracting(u -> u.name())
                    .as("task %d", i + 1)
                    .isEqualTo(FROM_TEXT.tasks().get(i).units().stream()
                            .map(u -> u.name())
                            .toList());
        }
    }

    static Stream<Arguments> tablePlans() {
        return Stream.of(
                Arguments.of("docx table", DocxFixtures.taskTables(ReferenceText.lines())),
                Arguments.of("pdf table", PdfFixtures.taskTables(ReferenceText.lines())),
                Arguments.of("docx 任务分解表 with merged 类别", SuzhouBreakdown.docx(ReferenceText.lines())),
                Arguments.of(
                        "ruled pdf 任务分解表 with merged 类别",
                        SuzhouBreakdown.pdf(ReferenceText.lines(), RuledTableFixtures.Borders.LINES)));
    }
}
