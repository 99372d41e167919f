package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths measured with the bundled Noto Sans SC at 12 pt on a 442 pt wide table. */
class ColumnWidthsTests {
    private static final GlyphWidths REGULAR = GlyphWidths.load("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf");
    private static final GlyphWidths BOLD = GlyphWidths.load("/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");
    private static final float WIDTH = BriefingPdfLayout.TEXT_WIDTH_PT;

    private final ColumnWidths widths = new ColumnWidths(REGULAR, BOLD, 12f);

    @Test
    void measuresACjkCharacterAsOneEm() {
        assertThat(REGULAR.width("任务编号", 12f)).isEqualTo(48f, within(0.01f));
        assertThat(BOLD.width("宿州市", 26f)).isEqualTo(78f, within(0.01f));
        assertThat(REGULAR.width("92%", 12f)).isBetween(12f, 30f);
    }

    @Test
    void aTableThatFitsGivesEveryCellItsLineAndTheSpareWidthToTheWrappingColumns() {
        List<String> labels = List.of("序号", "任务编号", "工作任务", "状态");
        boolean[] centred = {true, true, false, true};

        float[] w = widths.of(labels, centred, List.of(List.of("1", "1.2", "推进秸秆综合利用", "红灯")), WIDTH);

        assertThat(w[0]).isEqualTo(24f + ColumnWidths.CELL_EXTRA_PT, within(0.01f));
        assertThat(w[1]).isEqualTo(48f + ColumnWidths.CELL_EXTRA_PT, within(0.01f));
        assertThat(w[3]).isEqualTo(24f + ColumnWidths.CELL_EXTRA_PT, within(0.01f));
        assertThat(w[0] + w[1] + w[2] + w[3]).isEqualTo(WIDTH, within(0.01f));
    }

    @Test
    void aShortCellIsNotBrokenToGiveALongOneALittleMoreRoom() {
        List<String> labels = List.of("序号", "任务编号", "指标", "目标", "当前值", "应达进度", "状态");
        boolean[] centred = {true, true, false, false, false, false, true};
        List<String> row = List.of("1", "1.1", "秸秆综合利用率", "秸秆综合利用率 ≥ 92%，且不低于上年", "84%", "90%", "红灯");

        float[] w = widths.of(labels, centred, List.of(row), WIDTH);

        assertThat(w[2]).isGreaterThanOrEqualTo(REGULAR.width("秸秆综合利用率", 12f) + ColumnWidths.CELL_EXTRA_PT);
        assertThat(w[3]).isLessThan(REGULAR.width(row.get(3), 12f) + ColumnWidths.CELL_EXTRA_PT);
        assertThat(sum(w)).isEqualTo(WIDTH, within(0.01f));
    }

    @Test
    void aHeaderCellIsNeverNarrowerThanItsTextHoweverLongTheOtherCells() {
        List<String> labels = List.of("序号", "任务编号", "工作任务", "牵头单位", "状态", "原因");
        boolean[] centred = {true, true, false, false, true, false};
        String long1 = "加快推进城镇污水处理提质增效".repeat(6);
        String long2 = "完成时限 2022-05-31 已过；指标 城市生活污水集中收集率 当前 61.2%，应达 70%".repeat(3);

        float[] w = widths.of(labels, centred, List.of(List.of("1", "3.1", long1, "市住房城乡建设局", "红灯", long2)), WIDTH);

        for (int c = 0; c < labels.size(); c++) {
            assertThat(w[c]).as(labels.get(c)).isGreaterThanOrEqualTo(BOLD.width(labels.get(c), 12f));
        }
        assertThat(w[2]).isGreaterThan(w[3]);
        assertThat(sum(w)).isEqualTo(WIDTH, within(0.01f));
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }
}
