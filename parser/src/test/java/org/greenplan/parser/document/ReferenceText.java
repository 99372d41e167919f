package org.greenplan.parser.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference plan (宿州市实施绿色发展行动2022年工作要点) every format test renders and reads back, and
 * the comparison the tests use: non-blank lines with whitespace normalised.
 */
final class ReferenceText {

    static final String NAME = "suzhou-2022-green-development-work-points.txt";
    private static final Pattern TASK = Pattern.compile("(\\d+)\\.(.*?)[(（](?:责任单位[:：])?([^()（）]*)[)）]");

    private ReferenceText() {}

    /** @return the text of {@code src/test/resources/plans/} + {@link #NAME} */
    static String text() {
        try (InputStream in = ReferenceText.class.getResourceAsStream("/plans/" + NAME)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /plans/" + NAME);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the reference's non-blank lines, whitespace normalised */
    static List<String> lines() {
        return normalisedLines(text());
    }

    /** @return the non-blank lines of {@code text}, trimmed, with whitespace runs made one space */
    static List<String> normalisedLines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static boolean isTask(String line) {
        return line.matches("\\d+\\..*");
    }

    /** @return number, task text and unit of a task line, e.g. {"1", "开展…。", "市经济和信息化局"} */
    static String[] taskParts(String line) {
        Matcher matcher = TASK.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a task line: " + line);
        }
        return new String[] {matcher.group(1), matcher.group(2), matcher.group(3)};
    }
}
