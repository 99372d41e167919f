package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The red header fitted to the 156 mm text block with the bundled Noto Sans SC Bold. */
class RedHeaderTests {
    private static final GlyphWidths BOLD = GlyphWidths.load("/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");
    private static final float WIDTH = BriefingPdfLayout.TEXT_WIDTH_PT;

    @Test
    void aShortNameTakesTheLargestSize() {
        RedHeader header = RedHeader.fit("宿州市人民政府", BOLD, WIDTH);

        assertThat(header.lines()).containsExactly("宿州市人民政府");
        assertThat(header.sizePt()).isEqualTo(RedHeader.MAX_PT);
    }

    @Test
    void theLongNameOfSuzhouShrinksToFitOneLine() {
        RedHeader header = RedHeader.fit("宿州市实施绿色发展行动专项小组办公室", BOLD, WIDTH);

        assertThat(header.lines()).containsExactly("宿州市实施绿色发展行动专项小组办公室");
        // 18 ideographs of one em each in 442.2 pt, less 2 % of slack: 24.08 pt, rounded down to a half point
        assertThat(header.sizePt()).isEqualTo(24f);
    }

    @Test
    void aJointNameBreaksAfterTheFirstOfficeNotInsideAWord() {
        RedHeader header = RedHeader.fit("宿州市实施绿色发展行动专项小组办公室宿州市生态环境保护委员会办公室", BOLD, WIDTH);

        assertThat(header.lines()).containsExactly("宿州市实施绿色发展行动专项小组办公室", "宿州市生态环境保护委员会办公室");
        assertThat(header.sizePt()).isEqualTo(24f);
    }

    @Test
    void aNameWithoutANaturalBreakSplitsIntoBalancedLinesNeverLeavingOneCharacterAlone() {
        RedHeader header = RedHeader.fit("绿色发展行动绿色发展行动绿色发展行动绿色发展行动", BOLD, WIDTH);

        assertThat(header.lines()).containsExactly("绿色发展行动绿色发展行动", "绿色发展行动绿色发展行动");
        assertThat(header.sizePt()).isGreaterThanOrEqualTo(RedHeader.MIN_PT);
    }
}
