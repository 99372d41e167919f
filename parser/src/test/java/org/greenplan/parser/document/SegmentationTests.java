package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.Test;

/** Paragraph breaks restored and web-page furniture dropped, on invented pages of general shapes. */
class SegmentationTests {

    private static SourceDocument read(String text) {
        return DocumentReaders.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    }

    @Test
    void restoresParagraphsOfABodyCopiedOnOneLine() {
        SourceDocument document = read("您的位置：网站首页 > 信息公开 > 规范性文件 发布机构：白沙县农业农村局 发布日期：2023-05-06 "
                + "白沙县2023年农村环境整治工作要点 各乡镇人民政府，县直有关单位： 现将工作要点印发给你们，请认真执行。 "
                + "白沙县农业农村局 2023年5月6日 一、改善村容村貌 （一）整治农村垃圾。年底前实现垃圾收运全覆盖。（责任单位：县住建局） "
                + "（二）治理生活污水。完成污水治理村30个。（县生态环境分局牵头，各乡镇人民政府配合） 二、加强长效管护 "
                + "（三）建立管护机制。出台村庄保洁制度。（责任单位：县农业农村局） 【打印此页】 【关闭窗口】");

        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "白沙县2023年农村环境整治工作要点",
                        "各乡镇人民政府，县直有关单位：",
                        "现将工作要点印发给你们，请认真执行。",
                        "白沙县农业农村局",
                        "2023年5月6日",
                        "一、改善村容村貌",
                        "（一）整治农村垃圾。年底前实现垃圾收运全覆盖。（责任单位：县住建局）",
                        "（二）治理生活污水。完成污水治理村30个。（县生态环境分局牵头，各乡镇人民政府配合）",
                        "二、加强长效管护",
                        "（三）建立管护机制。出台村庄保洁制度。（责任单位：县农业农村局）");
        assertThat(document.dropped()).extracting(DroppedText::kind).containsExactly("网页导航", "信息公开元数据", "分享、下载或打印按钮");
    }

    @Test
    void splitsLabelLinesOfItemsCopiedOnOneLine() {
        SourceDocument document =
                read("一、主要任务 1.建立收运体系 年底前建成垃圾收运体系。 责任单位：县城管局牵头，县农业农村局等参与 " + "2.开展分类试点 选取3个乡镇开展试点。 责任单位：县城管局负责");

        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "一、主要任务",
                        "1.建立收运体系 年底前建成垃圾收运体系。",
                        "责任单位：县城管局牵头，县农业农村局等参与",
                        "2.开展分类试点 选取3个乡镇开展试点。",
                        "责任单位：县城管局负责");
    }

    @Test
    void leavesOrdinaryParagraphsAndInlineEnumerationsAlone() {
        String text = "一、主要任务\n1.推进三项工作：（一）清理河道；（二）修复堤岸；（三）建设绿道。（责任单位：县水利局）\n" + "2.推广 Open Data 平台。（责任单位：县数据局）";

        assertThat(read(text).blocks()).extracting(Block::text).containsExactly(text.split("\n"));
        assertThat(read(text).dropped()).isEmpty();
    }

    @Test
    void reportsDroppedFurnitureAsInformation() {
        ParsedPlan plan = new PlanParser().parse(read("当前位置：首页 > 政策文件 一、整治黑臭水体。年底前完成整治。（区住建局负责） 附件下载 打印本页 关闭窗口"));

        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("整治黑臭水体。年底前完成整治。");
        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.INFO)
                .extracting(ParseIssue::message)
                .containsExactly(
                        "已删除网页内容（网页导航）：当前位置：首页 > 政策文件", "已删除网页内容（分享、下载或打印按钮）：附件下载", "已删除网页内容（分享、下载或打印按钮）：打印本页 关闭窗口");
    }

    @Test
    void endsTheBreadcrumbAtItsLastSeparatorBeforeTheAddressees() {
        ParsedPlan plan = new PlanParser()
                .parse(read("当前位置：首页 > 信息公开 > 通知公告 市相关单位,各县区办公室: 现将工作要点印发给你们。"
                        + "一、整治黑臭水体。年底前完成整治。（区住建局负责） 二、整治农村垃圾。年底前完成整治。（区城管局负责）"));

        assertThat(plan.addressees()).containsExactly("市相关单位", "各县区办公室");
        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.INFO)
                .extracting(ParseIssue::message)
                .containsExactly("已删除网页内容（网页导航）：当前位置：首页 > 信息公开 > 通知公告");
    }

    @Test
    void saysSoWhenAPageHoldsNothingButFurniture() {
        ParsedPlan plan =
                new PlanParser().parse(read("当前位置：首页 > 政务公开\n索 引 号：0012-2023-01 有 效 性：有效\n微信 微博 QQ空间\n【打印本页】【关闭窗口】"));

        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.ERROR)
                .extracting(ParseIssue::message)
                .containsExactly("文件只有网页导航、元数据和按钮等内容，没有正文；请上传通知正文");
    }

    @Test
    void saysSoWhenTextHasNoNumberedItemAtAll() {
        ParsedPlan plan = new PlanParser().parse(read("今年要继续做好环境整治工作，各单位要高度重视，抓好落实。"));

        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.ERROR)
                .extracting(ParseIssue::message)
                .containsExactly("未找到任何编号任务");
    }
}
