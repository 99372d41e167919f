package org.greenplan.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CuedPatternTests {

    /** Lines to check the cues on: the test fixtures always, the development corpus where it is present. */
    private static final List<Path> TEXT_FOLDERS = List.of(
            Path.of("src", "test", "resources", "plans"),
            Path.of("src", "test", "resources", "unseen"),
            Path.of("..", "..", "shared", "corpus"),
            Path.of("..", "..", "shared", "unseen-shapes"));

    @Test
    void refusesCueMissingFromItsPattern() {
        assertThatThrownBy(() -> CuedPattern.compile("(?:持续|稳步)下降", List.of("持续", "逐步")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("逐步");
        assertThatThrownBy(() -> CuedPattern.compile("下降", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scansOnlyTextHoldingACue() {
        CuedPattern direction = CuedPattern.compile(CuedPattern.anyOf(List.of("持续", "稳步")) + "下降", List.of("持续", "稳步"));

        assertThat(direction.pattern().pattern()).isEqualTo("(?:持续|稳步)下降");
        assertThat(direction.mayOccurIn("能耗强度稳步下降")).isTrue();
        assertThat(direction.foundIn("能耗强度稳步下降")).isTrue();
        assertThat(direction.mayOccurIn("能耗强度下降")).isFalse();
        assertThat(direction.foundIn("持续推进，能耗下降")).isFalse();
    }

    @Test
    void givesEachThreadItsOwnMatcherWhenThreadsTakeTurns() throws Exception {
        ReusedMatcher number = ReusedMatcher.compile("[0-9]+");
        Matcher mine = number.on("到2025年");
        Matcher[] other = new Matcher[2];
        Thread thread = new Thread(() -> {
            other[0] = number.on("12个");
            other[1] = number.on("3座");
        });
        thread.start();
        thread.join();

        assertThat(other[0]).isSameAs(other[1]).isNotSameAs(mine);
        assertThat(number.on("4处")).isSameAs(mine);
        assertThat(mine.find()).isTrue();
        assertThat(mine.group()).isEqualTo("4");
    }

    @Test
    void reusesOneMatcherPerThreadResetForEachText() {
        ReusedMatcher number = ReusedMatcher.compile("[0-9]+");

        Matcher first = number.on("到2025年");
        assertThat(first.find()).isTrue();
        assertThat(first.group()).isEqualTo("2025");
        Matcher second = number.on("12个");
        assertThat(second).isSameAs(first);
        assertThat(second.find()).isTrue();
        assertThat(second.group()).isEqualTo("12");
    }

    /**
     * Every match of every cued pattern of the parser, found anywhere in real documents, holds one of its cues:
     * a pattern changed so that it matches without one would skip texts silently.
     */
    @Test
    void everyMatchOfEveryParserPatternHoldsACue() throws IOException {
        Map<String, CuedPattern> patterns = parserPatterns();
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(15).containsKeys("DeadlinePhrase.OPEN", "WordAnchors.RANK");
        List<String> texts = texts();
        assertThat(texts).isNotEmpty();
        int matches = 0;
        for (Map.Entry<String, CuedPattern> entry : patterns.entrySet()) {
            for (String text : texts) {
                Matcher m = entry.getValue().pattern().matcher(text);
                while (m.find()) {
                    String match = m.group();
                    assertThat(entry.getValue().cues())
                            .as("%s matched «%s» holding none of its cues", entry.getKey(), match)
                            .anyMatch(match::contains);
                    matches++;
                }
            }
        }
        assertThat(matches).as("matches checked").isGreaterThan(corpusPresent() ? 50 : 20);
    }

    @Test
    void scansOnlyNearCuesFindingWhatAFullScanFinds() {
        CuedPattern monthEnd = CuedPattern.compile("(?<![0-9])([0-9]{1,2})月底(?:前|完成)?", List.of("月底"), 6);
        String text = "完成治理，12月底前验收；112月底不是；（6月底完成）" + "推进".repeat(200) + "9月底前";

        List<String> scanned = new ArrayList<>();
        CuedScan scan = monthEnd.scan(text);
        while (scan.find()) {
            scanned.add(scan.matcher().group());
        }

        assertThat(scanned).containsExactly("12月底前", "6月底完成", "9月底前");
        assertThat(monthEnd.scan("推进治理").find()).isFalse();
    }

    /**
     * Every pattern given a greatest match length never matches longer on real documents, and scanning only near
     * its cues finds exactly the matches of a full scan: the same positions and groups, in the same order.
     */
    @Test
    void boundedPatternsScanNearTheirCuesAsAFullScanDoes() throws IOException {
        List<String> texts = texts();
        texts.add(String.join("", texts)); // one long line, as a text whose breaks were lost
        int bounded = 0;
        int matches = 0;
        for (Map.Entry<String, CuedPattern> entry : parserPatterns().entrySet()) {
            CuedPattern pattern = entry.getValue();
            if (pattern.maxLength() < 0) {
                continue;
            }
            bounded++;
            for (String text : texts) {
                List<String> full = new ArrayList<>();
                Matcher m = pattern.pattern().matcher(text);
                while (m.find()) {
                    assertThat(m.end() - m.start())
                            .as("%s matched «%s»", entry.getKey(), m.group())
                            .isLessThanOrEqualTo(pattern.maxLength());
                    full.add(describe(m));
                }
                List<String> scanned = new ArrayList<>();
                CuedScan scan = pattern.scan(text);
                while (scan.find()) {
                    scanned.add(describe(scan.matcher()));
                }
                assertThat(scanned).as(entry.getKey()).isEqualTo(full);
                matches += full.size();
            }
        }
        assertThat(bounded).as("bounded patterns").isGreaterThanOrEqualTo(14);
        assertThat(matches).as("matches checked").isGreaterThan(corpusPresent() ? 50 : 30);
    }

    /**
     * @return whether the development corpus beside the project is present: on a fresh clone it is not, and the
     *     fixtures alone hold fewer matches, so the least number of matches checked depends on it
     */
    private static boolean corpusPresent() {
        return Files.isDirectory(TEXT_FOLDERS.get(2));
    }

    private static String describe(Matcher m) {
        StringBuilder groups = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            groups.append('|').append(m.group(g));
        }
        return groups.toString();
    }

    /** @return every {@code CuedPattern} of the parser: static fields and fields of enum constants, by name */
    private static Map<String, CuedPattern> parserPatterns() throws IOException {
        Map<String, CuedPattern> patterns = new LinkedHashMap<>();
        for (Class<?> type : parserClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != CuedPattern.class) {
                    continue;
                }
                field.setAccessible(true);
                if (Modifier.isStatic(field.getModifiers())) {
                    patterns.put(type.getSimpleName() + "." + field.getName(), (CuedPattern) read(field, null));
                } else if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        patterns.put(type.getSimpleName() + "." + constant, (CuedPattern) read(field, constant));
                    }
                }
            }
        }
        return patterns;
    }

    /** @return the parser's main classes, from the compiled classes folder (no class-path scan needed) */
    private static List<Class<?>> parserClasses() throws IOException {
        Path root = Path.of("target", "classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/greenplan/parser"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, CuedPatternTests.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : TEXT_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue; // ../shared is absent on a fresh clone: the fixtures still run
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    // line by line, as the parser asks them (lines and paragraphs, never a whole document)
                    texts.addAll(Files.readString(file, StandardCharsets.UTF_8)
                            .lines()
                            .toList());
                }
            }
        }
        return texts;
    }
}
