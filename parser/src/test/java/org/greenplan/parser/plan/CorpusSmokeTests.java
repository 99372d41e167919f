package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenplan.parser.document.TextDecoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every document of the development corpus ({@code ../shared/corpus} next to the project, never copied
 * into it) decodes and parses without failing and yields tasks. The counts are what the parser finds
 * today, recorded so that a change in them shows up; they are not all right yet — full treatment of
 * the corpus (clause per sentence, unnumbered measures, 专栏 boxes, two documents in one file) comes
 * later, and then these numbers become expectations checked by hand.
 */
class CorpusSmokeTests {

    /** Maven runs tests in the module directory ({@code parser/}): the corpus is two levels up. */
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    @BeforeAll
    static void requireCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus tests skipped");
    }

    @ParameterizedTest(name = "{0}: {1} tasks")
    @CsvSource({
        // file                                                                     , tasks today
        "006_baotou-2022-shuzi-zhengfu-jianshe-kaoping-banfa.txt                    , 90",
        "007_anhui-gongye-hulianwang-ruogan-zhengce-xingdong-jihua-2021.txt         , 49",
        "008_anhui-duijie-rcep-gaoshuiping-kaifang-shishi-yijian-2022.txt           , 24",
        "009_shandong-shuzi-shandong-2019-xingdong-fangan.txt                       , 21",
        "010_shandong-shuzi-shandong-2021-xingdong-fangan.txt                       , 21",
        "011_jinan-kechuang-jinan-ruogan-zhengce-cuoshi-2021.txt                    , 29",
        "012_shandong-xinyidai-xinxi-jishu-chanye-xingdong-jihua-2024.txt           , 25",
        "013_qingdao-rengong-zhineng-chanye-chuangxin-xingdong-jihua-2024.txt       , 30",
        "014_guowuyuan-zonghe-baoshuiqu-gaoshuiping-kaifang-ruogan-yijian-2019.txt  , 21",
        "015_guobanfa-xiaofei-fupin-zhidao-yijian-2018.txt                          , 17",
        "016_guowuyuan-nongye-jixiehua-nongji-zhuangbei-zhidao-yijian-2018.txt      , 19",
        "017_jinan-shuzi-xianfeng-chengshi-tuijin-fangan-2021.txt                   , 19"})
    void decodesAndParsesWithoutFailing(String file, int tasks) throws IOException {
        String text = new TextDecoder().decode(Files.readAllBytes(CORPUS.resolve(file))).text();

        ParsedPlan plan = new PlanParser().parse(text);

        assertThat(plan.tasks()).hasSize(tasks);
        assertThat(plan.issues()).noneMatch(i -> i.severity() == ParseIssue.Severity.ERROR);
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(
                text.substring(t.span().startOffset(), t.span().endOffset())).isEqualTo(t.sourceText()));
    }
}
