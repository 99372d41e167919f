package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenplan.parser.document.DecodedText;
import org.greenplan.parser.document.TextDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference document re-encoded, re-punctuated and re-indented, or with the 附件 lists and closing
 * lines real notices add: every variant must give the same outline, the same tasks and the same metadata,
 * with spans pointing into the variant text.
 */
class SuzhouVariantTests {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A 附件 list as notices print it, in the header or at the end. */
    private static final String[] ANNEX_LIST = {"附件：1.宿州市实施绿色发展行动2022年工作要点", "2.宿州市绿色发展行动任务分解表"};

    private static String original;
    private static ParsedPlan reference;

    private final PlanParser parser = new PlanParser();
    private final TextDecoder decoder = new TextDecoder();

    @BeforeAll
    static void parseOriginal() {
        original = PlanFixtures.text(PlanFixtures.SUZHOU + ".txt");
        reference = new PlanParser().parse(original);
    }

    static Stream<Named<UnaryOperator<String>>> textVariants() {
        return Stream.of(
                Named.of("CRLF line endings", text -> text.replace("\n", "\r\n")),
                Named.of("old Mac CR line endings", text -> text.replace("\n", "\r")),
                Named.of("mixed line endings", SuzhouVariantTests::mixedLineEndings),
                Named.of("full-width punctuation in numbers and clauses", SuzhouVariantTests::fullWidth),
                Named.of("BOM remnant and full-width-space indentation", text -> "\uFEFF" + indented(text)),
                Named.of("blank lines between paragraphs", text -> text.replace("\n", "\n\n")),
                Named.of("附件 list under the notice text", text -> withLinesAfter(text, 2, ANNEX_LIST)),
                Named.of(
                        "one-line 附件 under the notice text",
                        text -> withLinesAfter(text, 2, "附件：宿州市实施绿色发展行动2022年工作要点")),
                Named.of("附件 list between the date and the title", text -> withLinesAfter(text, 5, ANNEX_LIST)),
                Named.of("附件 line after the last task", text -> text + "\n附件：宿州市绿色发展行动任务分解表"),
                Named.of(
                        "closing lines after the last task",
                        text -> text + "\n" + String.join("\n", ANNEX_LIST)
                                + "\n抄送：市委办公室，市人大常委会办公室。\n宿州市实施绿色发展行动专项小组办公室 2022年3月18日印发"
                                + "\n联系人：张三  联系电话：0557-1234567\n"));
    }

    @Test
    void originalIsLfOnly() {
        assertThat(original).doesNotContain("\r");
    }

    @ParameterizedTest
    @MethodSource("textVariants")
    void variantParsesLikeTheOriginal(UnaryOperator<String> variant) {
        String text = variant.apply(original);

        assertSameAsReference(text, parser.parse(text));
    }

    @Test
    void gb18030BytesDecodeAndParseLikeTheOriginal() {
        DecodedText decoded = decoder.decode(original.getBytes(GB18030));

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertSameAsReference(decoded.text(), parser.parse(decoded.text()));
    }

    @Test
    void utf8BomWithFullWidthIndentationDecodesAndParsesLikeTheOriginal() {
        byte[] body = indented(original).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, bytes, UTF8_BOM.length, body.length);

        DecodedText decoded = decoder.decode(bytes);

        assertThat(decoded.hadBom()).isTrue();
        assertSameAsReference(decoded.text(), parser.parse(decoded.text()));
    }

    private static void assertSameAsReference(String text, ParsedPlan plan) {
        assertThat(plan.toOutline()).isEqualTo(reference.toOutline());
        assertThat(plan.tasks())
                .extracting(SuzhouVariantTests::taskEssence)
                .containsExactlyElementsOf(reference.tasks().stream()
                        .map(SuzhouVariantTests::taskEssence)
                        .toList());
        assertThat(plan.headings())
                .extracting(SuzhouVariantTests::headingEssence)
                .containsExactlyElementsOf(reference.headings().stream()
                        .map(SuzhouVariantTests::headingEssence)
                        .toList());
        assertThat(Arrays.asList(
                        plan.title(),
                        plan.issuer(),
                        plan.issuedOnBehalfBy(),
                        plan.issuedDate(),
                        plan.planYear(),
                        plan.addressees(),
                        plan.documentNumber()))
                .isEqualTo(Arrays.asList(
                        reference.title(),
                        reference.issuer(),
                        reference.issuedOnBehalfBy(),
                        reference.issuedDate(),
                        reference.planYear(),
                        reference.addressees(),
                        reference.documentNumber()));
        assertThat(plan.issues()).isEmpty();
        assertThat(plan.tasks())
                .allSatisfy(t -> assertThat(
                                text.substring(t.span().startOffset(), t.span().endOffset()))
                        .isEqualTo(t.sourceText()));
    }

    /** What a heading means, leaving out its line (which some variants change). */
    private static List<Object> headingEssence(Heading heading) {
        return List.of(heading.path(), heading.level(), heading.number(), heading.title());
    }

    /** What a task means, leaving out where it stands (which the variants change). */
    private static List<Object> taskEssence(ParsedTask task) {
        return List.of(
                task.path(), task.number(), task.text(), task.units(), String.valueOf(task.deadline()), task.targets());
    }

    /** @return the text with {@code added} lines inserted after line {@code lineNumber} */
    private static String withLinesAfter(String text, int lineNumber, String... added) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.addAll(lineNumber, List.of(added));
        return String.join("\n", lines);
    }

    private static String mixedLineEndings(String text) {
        String[] endings = {"\r\n", "\n", "\r", "\r\n", "\r"};
        List<String> lines = text.lines().toList();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            mixed.append(lines.get(i)).append(endings[i % endings.length]);
        }
        return mixed.toString();
    }

    private static String indented(String text) {
        return text.lines().map(line -> "\u3000\u3000" + line).collect(Collectors.joining("\n", "", "\n"));
    }

    /** ( ) : , . in numbers, unit clauses and the 主送 line become （ ）：，．; the task text is untouched. */
    private static String fullWidth(String text) {
        return text.lines().map(SuzhouVariantTests::fullWidthLine).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String fullWidthLine(String line) {
        String converted = line.replaceFirst("^(\\d+)\\.", "$1．").replaceFirst("^\\(([一二三四五六七八九十]+)\\)", "（$1）");
        int clause = converted.lastIndexOf('(');
        if (converted.endsWith(")") && clause >= 0) {
            String inside = converted
                    .substring(clause + 1, converted.length() - 1)
                    .replace(':', '：')
                    .replace(',', '，');
            converted = converted.substring(0, clause) + "（" + inside + "）";
        }
        if (converted.endsWith(":")) {
            converted = converted.substring(0, converted.length() - 1).replace(',', '，') + "：";
        }
        return converted;
    }
}
