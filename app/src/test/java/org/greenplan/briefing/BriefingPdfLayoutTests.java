package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The PDF's layout read back with PDFBox (text positions): the long office name of 宿州 on one line inside the
 * text block, every table header cell on one line on every page a table spans, no glyph outside the text block,
 * page numbers on every page, and no heading as the last line of a page whatever the number of rows before it.
 */
class BriefingPdfLayoutTests {
    static final String SUZHOU = "宿州市实施绿色发展行动专项小组办公室";
    /** 28 mm binding margin, 26 mm outer margin, 35 mm bottom margin of an A4 page, in points. */
    private static final float LEFT = 28 / 25.4f * 72;

    private static final float RIGHT = (210 - 26) / 25.4f * 72;
    private static final float FOOT = (297 - 35) / 25.4f * 72;

    static final BriefingModel.Headings HEADINGS = new BriefingModel.Headings(
            "一、总体进展", "（一）主要指标完成情况", "二、工作成效较好的任务", "三、进展滞后的任务和单位", "（一）进展滞后的任务", "（二）需要督促的单位", "四、下一步工作");

    /** The header rows of the four tables, each read as one line. */
    private static final List<String> HEADER_ROWS =
            List.of("序号任务编号指标目标当前值应达进度状态", "序号任务编号工作任务责任单位情况进展情况", "序号任务编号工作任务牵头单位状态原因", "序号单位红灯任务停滞任务逾期报送未报送");

    private final BriefingPdf pdf = pdf();

    @Test
    void theLongOfficeNameOfSuzhouPrintsOnOneLineInsideTheTextBlock() throws IOException {
        List<Line> page = lines(pdf.render(model(SUZHOU, 3, 3, 3))).get(1);

        Line header = page.get(0);
        assertThat(header.text()).isEqualTo(SUZHOU);
        assertThat(header.size()).isBetween(RedHeader.MIN_PT, RedHeader.MAX_PT);
        assertThat(header.left()).isGreaterThanOrEqualTo(LEFT - 0.5f);
        assertThat(header.right()).isLessThanOrEqualTo(RIGHT + 0.5f);
        assertThat(page.get(1).text()).isEqualTo("绿办通报〔2022〕3号");
    }

    @Test
    void aNameTooLongForOneLineBreaksAfterAnOfficeIntoTwoLines() throws IOException {
        String joint = SUZHOU + "宿州市生态环境保护委员会办公室";

        List<Line> page = lines(pdf.render(model(joint, 3, 3, 3))).get(1);

        assertThat(page.subList(0, 3))
                .extracting(Line::text)
                .containsExactly(SUZHOU, "宿州市生态环境保护委员会办公室", "绿办通报〔2022〕3号");
        assertThat(page.get(0).size()).isEqualTo(page.get(1).size()).isGreaterThanOrEqualTo(RedHeader.MIN_PT);
    }

    @Test
    void everyTableHeaderCellPrintsOnOneLineOnEveryPageItsTableSpans() throws IOException {
        Map<Integer, List<Line>> pages = lines(pdf.render(model(SUZHOU, 12, 15, 40)));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
        String[] headerRows = {
            "序号任务编号指标目标当前值应达进度状态", "序号任务编号工作任务责任单位情况进展情况", "序号任务编号工作任务牵头单位状态原因", "序号单位红灯任务停滞任务逾期报送未报送"
        };
        List<String> all =
                pages.values().stream().flatMap(List::stream).map(Line::text).toList();
        assertThat(all).contains(headerRows);
        int spanned = 0;
        for (List<Line> page : pages.values()) {
            if (page.stream().anyMatch(l -> l.text().contains("完成时限"))) {
                spanned++;
                assertThat(page).extracting(Line::text).contains(headerRows[2]);
            }
            assertThat(page).allSatisfy(l -> {
                assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(LEFT - 0.5f);
                assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(RIGHT + 0.5f);
            });
        }
        assertThat(spanned).as("pages the lagging tasks span").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyPageIsNumberedRightOnOddAndLeftOnEvenPages() throws IOException {
        Map<Integer, List<Line>> pages = lines(pdf.render(model(SUZHOU, 12, 15, 40)));

        pages.forEach((number, page) -> {
            Line foot = page.get(page.size() - 1);
            assertThat(foot.text()).isEqualTo("—" + number + "—");
            assertThat(foot.top()).isGreaterThan(FOOT);
            if (number % 2 == 1) {
                assertThat(foot.left()).isGreaterThan(RIGHT - 100);
            } else {
                assertThat(foot.right()).isLessThan(LEFT + 100);
            }
        });
    }

    @Test
    void noHeadingLeadSentenceOrTableHeaderRowIsTheLastLineOfAPageWhateverTheRowsBeforeIt() throws IOException {
        List<String> headings = List.of(
                HEADINGS.overall(),
                HEADINGS.indicators(),
                HEADINGS.good(),
                HEADINGS.lagging(),
                HEADINGS.laggingTasks(),
                HEADINGS.laggingUnits(),
                HEADINGS.nextSteps());
        for (int good = 0; good <= 5; good++) {
            for (List<Line> page : lines(pdf.render(model(SUZHOU, 12, good, 3))).values()) {
                List<Line> body = page.stream().filter(l -> l.top() < FOOT).toList();
                assertThat(body.get(body.size() - 1).text())
                        .as("last line of a page with %d good examples", good)
                        .isNotIn(headings)
                        .isNotIn(HEADER_ROWS)
                        .doesNotEndWith("：");
            }
        }
    }

    /** A briefing with the given office name and numbers of indicator, good example and lagging task rows. */
    static BriefingModel model(String office, int indicators, int good, int lagging) {
        LocalDate end = LocalDate.of(2022, 6, 30);
        return new BriefingModel(
                1,
                2,
                office,
                "绿办通报〔2022〕3号",
                "关于2022年6月《宿州市绿色发展行动实施方案》落实情况的通报",
                "各县、区人民政府，市直各有关单位：",
                "为推动《宿州市绿色发展行动实施方案》各项任务落地见效，根据各责任单位报送和办公室审核情况，现将2022年6月工作进展情况通报如下。",
                HEADINGS,
                new BriefingModel.Overview(end, 120, 10, 60, 20, lagging, 0, 0, 200, 180, 12, 8, 0),
                new BriefingModel.Texts(
                        "截至2022年6月30日，《宿州市绿色发展行动实施方案》共有任务120项，其中已完成10项，按计划推进（绿灯）60项，略有滞后（黄灯）20项。",
                        "本期应报送进展200份，按时报送180份，逾期报送12份，未报送8份，按时报送率90.0%。",
                        "纳入监测的量化指标共" + indicators + "项，按审核通过的数值评价如下：",
                        "本期已完成任务" + good + "项，相关单位进展如下：",
                        "截至本期末，红灯任务" + lagging + "项，具体如下：",
                        "以下2个单位存在红灯或停滞任务、逾期或未报送进展的情况，请加快推进："),
                IntStream.rangeClosed(1, indicators)
                        .mapToObj(i -> new BriefingModel.IndicatorLine(
                                "1." + i, "秸秆综合利用率", "秸秆综合利用率 ≥ 92%", "84%", "90%", "红灯"))
                        .toList(),
                IntStream.rangeClosed(1, good)
                        .mapToObj(i -> new BriefingModel.GoodExample(
                                "2." + i,
                                "推进畜禽粪污资源化利用，规模养殖场粪污处理设施装备配套率保持100%",
                                "市农业农村局、市生态环境局",
                                "已完成",
                                "市农业农村局：全市规模养殖场粪污处理设施装备配套率达100%，畜禽粪污综合利用率达到92.5%。"))
                        .toList(),
                IntStream.rangeClosed(1, lagging)
                        .mapToObj(i -> new BriefingModel.LaggingTask(
                                "3." + i,
                                "加快推进城镇污水处理提质增效，新建改造污水管网" + i + "公里，城市生活污水集中收集率达到70%以上",
                                "市住房城乡建设局",
                                "红灯",
                                "完成时限 2022-05-31 已过；指标 城市生活污水集中收集率 当前 61.2%，应达 70%"))
                        .toList(),
                List.of(
                        new BriefingModel.LaggingUnit("市住房城乡建设局", lagging, 0, 1, 2),
                        new BriefingModel.LaggingUnit("砀山县人民政府", 1, 1, 0, 1)),
                BriefingModel.Remainders.NONE,
                List.of("各责任单位要对照年度目标任务，加快推进滞后任务，按时报送进展情况；红灯任务的责任单位要在下期报送中说明原因并提出整改措施，办公室将持续跟踪督办。"),
                office,
                LocalDate.of(2022, 7, 1),
                "2022年7月1日");
    }

    /** The renderer as the application configures it: page templates from the classpath, the message bundles. */
    static BriefingPdf pdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new BriefingPdf(engine, messages);
    }

    /**
     * A printed line: the glyphs sharing a baseline, left to right, with their extent in points from the page's
     * top left corner.
     */
    record Line(String text, float left, float right, float top, float size) {}

    /** @return per page number (from 1), its lines from top to bottom */
    static Map<Integer, List<Line>> lines(byte[] bytes) throws IOException {
        Map<Integer, List<TextPosition>> glyphs = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.computeIfAbsent(getCurrentPageNo(), p -> new ArrayList<>())
                        .add(text);
            }
        };
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            stripper.getText(doc);
            Map<Integer, List<Line>> pages = new TreeMap<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pages.put(p, group(glyphs.getOrDefault(p, List.of())));
            }
            return pages;
        }
    }

    private static List<Line> group(List<TextPosition> glyphs) {
        TreeMap<Float, List<TextPosition>> byBaseline = new TreeMap<>();
        for (TextPosition g : glyphs) {
            Float near = byBaseline.floorKey(g.getYDirAdj() + 0.5f);
            Float key = near != null && g.getYDirAdj() - near < 0.5f ? near : g.getYDirAdj();
            byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        List<Line> lines = new ArrayList<>();
        byBaseline.forEach((y, line) -> {
            line.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            StringBuilder text = new StringBuilder();
            float size = 0;
            for (TextPosition g : line) {
                text.append(g.getUnicode());
                size = Math.max(size, g.getFontSizeInPt());
            }
            TextPosition last = line.get(line.size() - 1);
            lines.add(new Line(
                    text.toString().replaceAll("\\s", ""),
                    line.get(0).getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    y - size,
                    size));
        });
        lines.removeIf(l -> l.text().isEmpty());
        return lines;
    }
}
