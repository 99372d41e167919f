package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.document.SuzhouRenderings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan written as task tables in docx (the 宿州 document with each run of tasks as a 序号 | 工作任务 | 责任单位
 * table, headings and notice as paragraphs) keeps what the text keeps: title, issuer, date, parts and
 * sections, and tasks under them.
 */
class TablePlanHeaderTests {

    private static ParsedPlan fromText;
    private static ParsedPlan fromTables;

    @BeforeAll
    static void parseBoth() {
        fromText = new PlanParser().parse(PlanFixtures.text(PlanFixtures.SUZHOU + ".txt"));
        fromTables = new PlanParser().parse(DocumentReaders.read(SuzhouRenderings.tableDocx(), "plan.docx"));
    }

    @Test
    void keepsTheNoticeHeader() {
        assertThat(fromTables.title()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(fromTables.issuer()).isEqualTo(fromText.issuer());
        assertThat(fromTables.issuedOnBehalfBy()).isEqualTo(fromText.issuedOnBehalfBy());
        assertThat(fromTables.issuedDate()).isEqualTo(fromText.issuedDate());
        assertThat(fromTables.planYear()).isEqualTo(2022);
    }

    @Test
    void keepsThePartsAndSections() {
        assertThat(fromTables.headings())
                .extracting(h -> h.path() + " " + h.title())
                .hasSize(14)
                .containsExactlyElementsOf(fromText.headings().stream()
                        .map(h -> h.path() + " " + h.title())
                        .toList());
    }

    @Test
    void placesEveryTaskUnderItsSection() {
        assertThat(fromTables.tasks())
                .extracting(ParsedTask::path)
                .containsExactlyElementsOf(
                        fromText.tasks().stream().map(ParsedTask::path).toList());
    }
}
