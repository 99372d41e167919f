package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.document.SourceDocument;
import org.greenplan.parser.document.TextDecoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the development corpus ({@code ../shared/corpus} next to the project, never copied
 * into it) decodes and parses without failing and yields tasks. The counts are the task counts of the
 * team's golden files ({@code src/test/resources/corpus/*.expected.json}, read by hand from the
 * documents), so that a change in them shows up here before {@code greenplan eval} is run.
 */
class CorpusSmokeTests {

    /** Maven runs tests in the module directory ({@code parser/}): the corpus is two levels up. */
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    /** Per test, so that every skipped case is counted and carries the reason in the report. */
    @BeforeEach
    void requireCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus tests skipped");
    }

    /** The development corpus with the task counts of its golden files. */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("006_baotou-2022-shuzi-zhengfu-jianshe-kaoping-banfa.txt", 90),
                Arguments.of("007_anhui-gongye-hulianwang-ruogan-zhengce-xingdong-jihua-2021.txt", 49),
                Arguments.of("008_anhui-duijie-rcep-gaoshuiping-kaifang-shishi-yijian-2022.txt", 24),
                Arguments.of("009_shandong-shuzi-shandong-2019-xingdong-fangan.txt", 21),
                Arguments.of("010_shandong-shuzi-shandong-2021-xingdong-fangan.txt", 21),
                Arguments.of("011_jinan-kechuang-jinan-ruogan-zhengce-cuoshi-2021.txt", 29),
                Arguments.of("012_shandong-xinyidai-xinxi-jishu-chanye-xingdong-jihua-2024.txt", 25),
                Arguments.of("013_qingdao-rengong-zhineng-chanye-chuangxin-xingdong-jihua-2024.txt", 30),
                Arguments.of("014_guowuyuan-zonghe-baoshuiqu-gaoshuiping-kaifang-ruogan-yijian-2019.txt", 21),
                Arguments.of("015_guobanfa-xiaofei-fupin-zhidao-yijian-2018.txt", 17),
                Arguments.of("016_guowuyuan-nongye-jixiehua-nongji-zhuangbei-zhidao-yijian-2018.txt", 18),
                Arguments.of("017_jinan-shuzi-xianfeng-chengshi-tuijin-fangan-2021.txt", 19));
    }

    @ParameterizedTest(name = "{0}: {1} tasks")
    @MethodSource("corpus")
    void decodesAndParsesWithoutFailing(String file, int tasks) throws IOException {
        String text = new TextDecoder()
                .decode(Files.readAllBytes(CORPUS.resolve(file)))
                .text();

        ParsedPlan plan = new PlanParser().parse(text);

        assertThat(plan.tasks()).hasSize(tasks);
        assertThat(plan.issues()).noneMatch(i -> i.severity() == ParseIssue.Severity.ERROR);
        assertThat(plan.tasks())
                .allSatisfy(t -> assertThat(
                                text.substring(t.span().startOffset(), t.span().endOffset()))
                        .isEqualTo(t.sourceText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parsesTheReadDocumentLikeItsText(String file, int tasks) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
        SourceDocument document = DocumentReaders.read(bytes, file);

        ParsedPlan fromDocument = new PlanParser().parse(document);

        assertThat(fromDocument.tasks()).hasSize(tasks);
        assertThat(fromDocument.toOutline())
                .isEqualTo(new PlanParser().parse(document.toText()).toOutline());
    }
}
