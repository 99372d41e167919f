package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.greenplan.parser.text.CuedPattern;
import org.junit.jupiter.api.Test;

class OpenedPatternTests {

    /** Lines to check on: the test fixtures always, the development corpus where it is present. */
    private static final List<Path> TEXT_FOLDERS = List.of(
            Path.of("src", "test", "resources", "plans"),
            Path.of("src", "test", "resources", "unseen"),
            Path.of("..", "..", "shared", "corpus"),
            Path.of("..", "..", "shared", "unseen-shapes"));

    @Test
    void refusesOpeningWordMissingFromItsPattern() {
        CuedPattern direction = CuedPattern.compile("(?:持续|稳步)下降", List.of("持续", "稳步"));

        assertThatThrownBy(() -> OpenedPattern.of(direction, List.of("持续", "逐步")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("逐步");
    }

    @Test
    void findsMatchesOnlyWhereAnOpeningWordStarts() {
        CuedPattern rank = CuedPattern.compile("(?:稳居|居)(?:全国)?前([0-9]+)", List.of("居"));
        OpenedPattern opened = OpenedPattern.of(rank, List.of("稳居", "居"));
        String text = "产业规模稳居全国前3，研发投入居前10，前5不算";

        assertThat(scan(opened, text)).containsExactly("4-10:稳居全国前3|3", "15-19:居前10|10");
        assertThat(opened.on("研发投入位列前10")).isNull();
    }

    /**
     * Every pattern of the target reading scanned at its opening words finds, on real documents and on all of
     * them as one line, exactly what a full {@code find()} finds: the same positions and groups, in order.
     */
    @Test
    void openedPatternsFindWhatAFullScanFinds() throws IOException {
        List<String> texts = texts();
        texts.add(String.join("", texts));
        int matches = 0;
        for (Map.Entry<String, OpenedPattern> entry :
                WordAnchors.openedPatterns().entrySet()) {
            for (String text : texts) {
                List<String> full = new ArrayList<>();
                Matcher m = entry.getValue().pattern().pattern().matcher(text);
                while (m.find()) {
                    full.add(describe(m));
                }
                assertThat(scan(entry.getValue(), text)).as(entry.getKey()).isEqualTo(full);
                matches += full.size();
            }
        }
        assertThat(matches).as("matches checked").isGreaterThan(corpusPresent() ? 20 : 10);
    }

    private static List<String> scan(OpenedPattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.on(text);
        for (int from = 0; m != null && pattern.find(m, text, from); from = m.end()) {
            found.add(describe(m));
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder groups = new StringBuilder(m.start() + "-" + m.end() + ":" + m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            groups.append('|').append(m.group(g));
        }
        return groups.toString();
    }

    /**
     * @return whether the development corpus beside the project is present: on a fresh clone it is not, and the
     *     fixtures alone hold fewer matches, so the least number of matches checked depends on it
     */
    private static boolean corpusPresent() {
        return Files.isDirectory(TEXT_FOLDERS.get(2));
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : TEXT_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue; // ../shared is absent on a fresh clone: the fixtures still run
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    texts.addAll(Files.readString(file, StandardCharsets.UTF_8)
                            .lines()
                            .toList());
                }
            }
        }
        return texts;
    }
}
