package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTests {

    /** A page of 12 pt lines, margin 72–522; "|" at the start of a text means a first-line indent. */
    private static List<LayoutLine> page(int page, String... texts) {
        List<LayoutLine> lines = new ArrayList<>();
        double baseline = 100;
        for (String text : texts) {
            boolean indented = text.startsWith("|");
            String body = indented ? text.substring(1) : text;
            double left = indented ? 96 : 72;
            double right = Math.min(522, left + body.length() * 12);
            lines.add(new LayoutLine(body, page, left, right, baseline, 12));
            baseline += 18;
        }
        return lines;
    }

    private static final String FULL_A = "推进节能工作确保完成年度节能目标任务组织开展节能宣传周主题宣传活动推进秸秆综合利用";
    private static final String FULL_B = "综合利用工程完成秸秆综合利用率达到百分之九十二以上等目标任务实施试点项目推进工作";

    @Test
    void joinsAWrappedLineWithoutSpace() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, "|" + FULL_A, FULL_B, "尾行。")));
        assertThat(joined).extracting(LineJoiner.Joined::text).containsExactly(FULL_A + FULL_B + "尾行。");
    }

    @Test
    void startsANewParagraphAtANumberedItemEvenAfterAFullLine() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, FULL_A, "2." + FULL_B)));
        assertThat(joined).hasSize(2);
    }

    @Test
    void endsAParagraphAtAShortLine() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, FULL_A + "。", "宿州市生态环境局(代)", "2022年3月18日")));
        assertThat(joined)
                .extracting(LineJoiner.Joined::text)
                .containsExactly(FULL_A + "。", "宿州市生态环境局(代)", "2022年3月18日");
    }

    @Test
    void endsAParagraphAtSentencePunctuationWhenParagraphsAreNotIndented() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, FULL_A + "。", FULL_B, "尾行")));
        assertThat(joined).extracting(LineJoiner.Joined::text).containsExactly(FULL_A + "。", FULL_B + "尾行");
    }

    @Test
    void joinsAcrossPagesAndKeepsTheStartPage() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, "|" + FULL_A, FULL_A), page(2, "结束。")));
        assertThat(joined)
                .extracting(LineJoiner.Joined::text, LineJoiner.Joined::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FULL_A + FULL_A + "结束。", 1));
    }

    @Test
    void recognisesNumberedItems() {
        assertThat(LineJoiner.startsNumberedItem("一、大力推进")).isTrue();
        assertThat(LineJoiner.startsNumberedItem("(十一)建立健全")).isTrue();
        assertThat(LineJoiner.startsNumberedItem("34.建立健全")).isTrue();
        assertThat(LineJoiner.startsNumberedItem("3.5万千瓦")).isFalse();
        assertThat(LineJoiner.startsNumberedItem("2022年")).isFalse();
    }

    @Test
    void joinsAUnitClauseBrokenAfterItsLabelEvenBeforeAnIndentedLine() {
        List<LineJoiner.Joined> joined =
                LineJoiner.join(List.of(page(1, "|20.推进林业碳汇项目。（责任单位：", "|市林业局）", "|21.深入推进。")));

        assertThat(joined).extracting(LineJoiner.Joined::text).containsExactly("20.推进林业碳汇项目。（责任单位：市林业局）", "21.深入推进。");
    }

    @Test
    void joinsAUnitNameBrokenInTheMiddle() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, "|2.推进绿色信贷。（责任单位：人民银行宿州市中心", "支行、市地方金融监管局）")));

        assertThat(joined).extracting(LineJoiner.Joined::text).containsExactly("2.推进绿色信贷。（责任单位：人民银行宿州市中心支行、市地方金融监管局）");
    }

    @Test
    void joinsAUnitClauseWhoseLabelItselfWasWrapped() {
        List<LineJoiner.Joined> joined = LineJoiner.join(List.of(page(1, "|22." + FULL_A + "（责任单", "位：", "|市水利局）")));

        assertThat(joined).extracting(LineJoiner.Joined::text).containsExactly("22." + FULL_A + "（责任单位：市水利局）");
    }

    @Test
    void keepsAClosedBracketLineApartFromTheNext() {
        assertThat(LineJoiner.leftOpen("宿州市生态环境局(代)")).isFalse();
        assertThat(LineJoiner.leftOpen("（责任单位：")).isTrue();
    }
}
