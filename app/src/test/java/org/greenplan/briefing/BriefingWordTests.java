package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class BriefingWordTests {
    private static final byte[] TEMPLATE = BriefingTemplates.defaultTemplate();

    @Test
    void fillsEveryTagOfTheDefaultTemplate() throws IOException {
        try (XWPFDocument doc = open(BriefingWord.render(TEMPLATE, model(2, List.of("第一段", "第二段"))))) {
            String text = new XWPFWordExtractor(doc).getText();

            assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("[no]");
            assertThat(text).contains("宿州市绿色发展行动专项小组办公室", "绿办通报〔2022〕3号", "关于2022-06落实情况的通报");
            assertThat(doc.getTables()).hasSize(4);
            XWPFTable lagging = doc.getTables().get(2);
            assertThat(lagging.getNumberOfRows()).isEqualTo(1 + 2);
            assertThat(lagging.getRow(0).getCell(0).getText()).isEqualTo("序号");
            assertThat(lagging.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(lagging.getRow(2).getCell(1).getText()).isEqualTo("12");
            assertThat(lagging.getRow(2).getCell(5).getText()).isEqualTo("原因12");
        }
    }

    @Test
    void writesEachNextStepAsAnIndentedBodyParagraphAndLeavesNoEmptyBlockParagraph() throws IOException {
        try (XWPFDocument doc = open(BriefingWord.render(TEMPLATE, model(1, List.of("第一段", "第二段"))))) {
            List<XWPFParagraph> steps = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("第"))
                    .toList();

            assertThat(steps).extracting(XWPFParagraph::getText).containsExactly("第一段", "第二段");
            assertThat(steps.get(1)
                            .getCTP()
                            .getPPr()
                            .getInd()
                            .getFirstLineChars()
                            .intValue())
                    .isEqualTo(200);
            assertThat(steps.get(1).getRuns().get(0).getFontFamily()).isEqualTo("仿宋_GB2312");
            int heading = paragraphIndex(doc, "四、下一步工作");
            int first = doc.getParagraphs().indexOf(steps.get(0));
            assertThat(first).as("the first step follows its heading").isEqualTo(heading + 1);
        }
    }

    @Test
    void leavesOutATableWithNothingToListButKeepsTheSentenceThatSaysSo() throws IOException {
        try (XWPFDocument doc = open(BriefingWord.render(TEMPLATE, model(0, List.of("下一步"))))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(new XWPFWordExtractor(doc).getText()).contains("没有红灯或停滞的任务");
        }
    }

    @Test
    void refusesATemplateWithATagTheBriefingDoesNotFill() {
        byte[] template = docx("{{title}}", "{{signedBy}}");

        assertThatThrownBy(() -> BriefingTemplates.check("mine.docx", template))
                .isInstanceOfSatisfying(BriefingTemplateException.class, e -> {
                    assertThat(e.code()).isEqualTo("briefing.template.unknownTags");
                    assertThat(e.getArguments()).containsExactly("mine.docx", "signedBy");
                });
    }

    @Test
    void refusesAFileThatIsNoWordDocumentWhateverItsName() {
        byte[] notWord = "PK not really a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BriefingTemplates.check("fake.docx", notWord))
                .isInstanceOfSatisfying(
                        BriefingTemplateException.class,
                        e -> assertThat(e.code()).isEqualTo("briefing.template.notDocx"));
        assertThatThrownBy(() -> BriefingTemplates.check("template.doc", TEMPLATE))
                .isInstanceOfSatisfying(
                        BriefingTemplateException.class,
                        e -> assertThat(e.code()).isEqualTo("briefing.template.notDocxName"));
    }

    @Test
    void refusesATemplateWithoutAnyTag() {
        assertThatThrownBy(() -> BriefingTemplates.check("plain.docx", docx("通报")))
                .isInstanceOfSatisfying(
                        BriefingTemplateException.class,
                        e -> assertThat(e.code()).isEqualTo("briefing.template.noTags"));
    }

    @Test
    void acceptsTheDefaultTemplateAndAShortOneWithSomeOfTheTags() {
        BriefingTemplates.check("default-template.docx", TEMPLATE);
        BriefingTemplates.check("short.docx", docx("{{title}}", "{{overall}}", "{{reports}}"));
    }

    private static int paragraphIndex(XWPFDocument doc, String text) {
        for (int i = 0; i < doc.getParagraphs().size(); i++) {
            if (doc.getParagraphs().get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    static BriefingModel model(int lagging, List<String> nextSteps) {
        LocalDate end = LocalDate.of(2022, 6, 30);
        List<BriefingModel.LaggingTask> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < lagging; i++) {
            tasks.add(new BriefingModel.LaggingTask(String.valueOf(11 + i), "任务" + i, "市农业农村局", "红灯", "原因" + (11 + i)));
        }
        return new BriefingModel(
                1,
                2,
                "宿州市绿色发展行动专项小组办公室",
                "绿办通报〔2022〕3号",
                "关于2022-06落实情况的通报",
                "各县、区人民政府：",
                "现通报如下。",
                new BriefingModel.Headings(
                        "一、总体进展", "（一）主要指标完成情况", "二、工作成效较好的任务", "三、进展滞后的任务和单位", "（一）进展滞后的任务", "（二）需要督促的单位", "四、下一步工作"),
                new BriefingModel.Overview(end, 34, 3, 20, 5, lagging, 0, 0, 40, 30, 5, 5, 0),
                new BriefingModel.Texts("总体", "报送", "指标", "成效", lagging == 0 ? "没有红灯或停滞的任务" : "滞后", "单位"),
                List.of(new BriefingModel.IndicatorLine("10", "秸秆综合利用率", "秸秆综合利用率 ≥ 92%", "84%", "90%", "红灯")),
                List.of(new BriefingModel.GoodExample("8", "任务", "市发展改革委", "已完成", "市发展改革委：已完成")),
                tasks,
                List.of(new BriefingModel.LaggingUnit("市农业农村局", lagging, 0, 1, 2)),
                BriefingModel.Remainders.NONE,
                nextSteps,
                "宿州市绿色发展行动专项小组办公室",
                LocalDate.of(2022, 7, 1),
                "2022年7月1日");
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static byte[] docx(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
