package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference document, 宿州市实施绿色发展行动2022年工作要点, against its expected parse
 * ({@code plans/suzhou-2022-green-development-work-points.expected.json}) and its golden outline. Targets are
 * tested with the target phrase parser, not here.
 */
class SuzhouGoldenTests {

    private static String source;
    private static ParsedPlan plan;
    private static JsonNode expected;

    @BeforeAll
    static void parseReferenceDocument() {
        source = PlanFixtures.text(PlanFixtures.SUZHOU + ".txt");
        plan = new PlanParser().parse(source);
        expected = JsonMapper.shared().readTree(PlanFixtures.text(PlanFixtures.SUZHOU + ".expected.json"));
    }

    @Test
    void readsNoticeHeader() {
        assertThat(plan.title()).isEqualTo(expected.get("title").asString());
        assertThat(plan.issuer()).isEqualTo(expected.get("issuer").asString());
        assertThat(plan.issuedOnBehalfBy())
                .isEqualTo(expected.get("issued_on_behalf_by").asString());
        assertThat(plan.issuedDate())
                .isEqualTo(LocalDate.parse(expected.get("issued_date").asString()));
        assertThat(plan.planYear()).isEqualTo(expected.get("plan_year").asInt());
        assertThat(plan.addressees()).containsExactlyElementsOf(strings(expected.get("addressees")));
        assertThat(plan.documentNumber()).isNull();
    }

    @Test
    void findsThreePartsElevenSectionsAndThirtyFourTasks() {
        JsonNode counts = expected.get("counts");

        assertThat(plan.headings().stream().filter(h -> h.level() == 1))
                .hasSize(counts.get("parts").asInt());
        assertThat(plan.headings().stream().filter(h -> h.level() == 2))
                .hasSize(counts.get("sections").asInt());
        assertThat(plan.headings())
                .hasSize(counts.get("parts").asInt() + counts.get("sections").asInt());
        assertThat(plan.tasks()).hasSize(counts.get("tasks").asInt());
    }

    @Test
    void readsEveryPartAndSectionAsPrinted() {
        List<String> printed = new ArrayList<>();
        for (JsonNode part : expected.get("parts")) {
            printed.add(part.get("number").asString() + " " + part.get("title").asString());
            for (JsonNode section : part.get("sections")) {
                printed.add("（" + section.get("number").asString() + "） "
                        + section.get("title").asString());
            }
        }

        assertThat(plan.headings())
                .extracting(h -> h.number() + " " + h.title())
                .containsExactlyElementsOf(printed);
        assertThat(plan.headings().get(1).path()).containsExactly("一", "（一）");
    }

    @Test
    void readsEveryTaskWithItsNumberTextAndUnitsInOrder() {
        List<JsonNode> expectedTasks = expectedTasks();
        assertThat(plan.tasks()).hasSameSizeAs(expectedTasks);

        for (int i = 0; i < expectedTasks.size(); i++) {
            JsonNode want = expectedTasks.get(i);
            ParsedTask task = plan.tasks().get(i);
            assertThat(task.number())
                    .isEqualTo(String.valueOf(want.get("number").asInt()));
            assertTextStart(task, want.get("text_start").asString());
            assertThat(task.units())
                    .extracting(UnitAssignment::name)
                    .as("units of task %s", task.number())
                    .containsExactlyElementsOf(strings(want.get("units")));
            assertThat(task.units()).allSatisfy(u -> assertThat(u.role()).isEqualTo(AssignmentRole.RESPONSIBLE));
            assertThat(task.units()).noneMatch(UnitAssignment::inherited);
        }
    }

    @Test
    void numbersTasksUnderTheirPartAndSection() {
        assertThat(plan.tasks().get(0).path()).containsExactly("一", "（一）", "1");
        assertThat(plan.tasks().get(33).path()).containsExactly("三", "（十一）", "34");
    }

    @Test
    void namesTwentyOneDistinctUnits() {
        Set<String> units = new LinkedHashSet<>();
        plan.tasks().forEach(t -> units.addAll(t.unitNames(AssignmentRole.RESPONSIBLE)));

        assertThat(units).hasSize(expected.get("counts").get("distinct_units").asInt());
    }

    @Test
    void readsTheUnlabelledUnitOfTask20() {
        ParsedTask task20 = task("20");

        assertThat(task20.units()).containsExactly(UnitAssignment.responsible("市林业局"));
        assertThat(task20.text()).isEqualTo("推进林业碳汇项目。");
    }

    @Test
    void keepsTheStrayFullStopOfTask14OutOfItsUnitClause() {
        ParsedTask task14 = task("14");

        assertThat(task14.text()).endsWith("确保城镇生活垃圾无害化处理率达100%.").doesNotContain("责任单位", "(", ")");
        assertThat(task14.unitNames(AssignmentRole.RESPONSIBLE)).containsExactly("市城市管理局");
    }

    @Test
    void keepsTheStrayQuoteOfTask11InItsText() {
        assertThat(task("11").text()).endsWith("畜禽粪污综合利用率超82%”。");
    }

    @Test
    void findsNoDeadlineWhereNoneIsPrinted() {
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.deadline()).isNull());
    }

    @Test
    void spansPointAtTheTaskParagraphsAsPrinted() {
        ParsedTask first = plan.tasks().get(0);

        assertThat(first.span().line()).isEqualTo(9);
        assertThat(first.span().column()).isEqualTo(1);
        assertThat(first.sourceText()).startsWith("1.开展工业节能监察").endsWith("(责任单位:市经济和信息化局)");
        assertThat(plan.tasks())
                .allSatisfy(t -> assertThat(source.substring(
                                t.span().startOffset(), t.span().endOffset()))
                        .isEqualTo(t.sourceText()));
    }

    @Test
    void reportsNoIssues() {
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void printsTheGoldenOutline() {
        String golden = PlanFixtures.text(PlanFixtures.SUZHOU + ".outline.txt");

        assertThat(plan.toOutline() + "\n").isEqualTo(golden);
    }

    /**
     * text_start holds the first 20 printed characters after the number. Tasks 20 and 32 are shorter
     * than that, so their text_start runs on into the unit clause, which is not part of the text.
     */
    private static void assertTextStart(ParsedTask task, String textStart) {
        String printed = task.sourceText().substring(task.sourceText().indexOf('.') + 1);
        assertThat(printed).as("printed text of task %s", task.number()).startsWith(textStart);
        String shared = task.text().substring(0, Math.min(task.text().length(), textStart.length()));
        assertThat(textStart).as("text of task %s", task.number()).startsWith(shared);
    }

    private static List<JsonNode> expectedTasks() {
        List<JsonNode> tasks = new ArrayList<>();
        for (JsonNode part : expected.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                section.get("tasks").forEach(tasks::add);
            }
        }
        return tasks;
    }

    private static ParsedTask task(String number) {
        return plan.tasks().stream()
                .filter(t -> t.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
