package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Odd input never breaks the parser: no internal error, spans always inside the text. */
class PlanParserPropertyTests {

    /** Pieces of real documents, so that random text hits numbering, clauses and headers often. */
    private static final List<String> PIECES = List.of(
            "一、",
            "（一）",
            "(二)",
            "1.",
            "2．",
            "3、",
            "（1）",
            "①",
            "十一、",
            "（",
            "）",
            "(",
            ")",
            "责任单位",
            "：",
            ":",
            "，",
            "、",
            "。",
            ".",
            "牵头",
            "配合",
            "负责",
            "市林业局",
            "各市人民政府",
            "列第一位者为牵头单位",
            "2022年3月18日",
            "6月底前",
            "工作要点",
            "〔2016〕62号",
            "\n",
            "\r\n",
            "\r",
            "\u3000",
            "\uFEFF",
            " ",
            "推进工作",
            "《",
            "》",
            "”",
            "\u0000",
            "𠀀");

    private final PlanParser parser = new PlanParser();

    @Test
    void neverFailsOnDocumentLikeNoise() {
        Gen<String> noise =
                lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 80).map(p -> String.join("", p));

        qt().withExamples(2000).forAll(noise).checkAssert(this::parsesCleanly);
    }

    @Test
    void neverFailsOnArbitraryText() {
        qt().withExamples(500)
                .forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(this::parsesCleanly);
    }

    private void parsesCleanly(String text) {
        ParsedPlan plan = parser.parse(text);

        assertThat(plan.issues()).noneMatch(i -> i.message().contains("内部错误"));
        assertThat(plan.tasks()).allSatisfy(t -> {
            assertThat(t.span().startOffset()).isBetween(0, t.span().endOffset());
            assertThat(t.span().endOffset()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.span().startOffset(), t.span().endOffset()))
                    .isEqualTo(t.sourceText());
        });
        assertThat(plan.toOutline()).isNotNull();
    }
}
