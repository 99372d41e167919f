package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTests {

    private static List<LayoutLine> page(int page, String... texts) {
        List<LayoutLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new LayoutLine(texts[i], page, 72, 300, 100 + 18 * i, 12));
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 3 -", "— 12 —", "3", "第 3 页", "第3页 共12页", "共12页 第3页", "3/12", "Page 3 of 12"})
    void recognisesPageNumbers(String text) {
        assertThat(PageFurniture.isPageNumber(text)).isTrue();
    }

    @Test
    void removesRunningHeadersAndPageNumbersAtPageEdges() {
        List<List<LayoutLine>> stripped = PageFurniture.strip(List.of(
                page(1, "工作简报", "一、正文", "1.开展", "监察", "2.完善", "第 1 页 共 3 页"),
                page(2, "工作简报", "金融", "3.发展", "交通", "4.监督", "第 2 页 共 3 页"),
                page(3, "工作简报", "5.培训", "第 3 页 共 3 页")));
        assertThat(stripped)
                .map(lines -> lines.stream().map(LayoutLine::text).toList())
                .containsExactly(
                        List.of("一、正文", "1.开展", "监察", "2.完善"), List.of("金融", "3.发展", "交通", "4.监督"), List.of("5.培训"));
    }

    @Test
    void keepsNumbersAndRepeatsInTheBody() {
        List<List<LayoutLine>> pages = List.of(
                page(1, "标题", "正文一", "重复的一行", "100", "正文二", "正文末行"),
                page(2, "另一页", "正文三", "重复的一行", "100", "正文四", "结尾"));
        assertThat(PageFurniture.strip(pages)).isEqualTo(pages);
    }
}
