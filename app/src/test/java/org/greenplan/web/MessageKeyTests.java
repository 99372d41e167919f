package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** UI text comes from the message bundles: templates hold keys, and both languages have every key. */
class MessageKeyTests {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]|#\\{'([a-zA-Z0-9_.]+)' \\+");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Test
    void templatesHoldNoChineseText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (CJK.matcher(lines.get(i)).find()) {
                    offenders.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders)
                .as("hard-coded Chinese text in templates; use a message key")
                .isEmpty();
    }

    @Test
    void everyKeyUsedByATemplateExistsInBothLanguages() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (m.group(2) != null) {
                    boolean anyZh = chinese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key));
                    boolean anyEn = english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key));
                    if (!anyZh || !anyEn) {
                        missing.add(key + "*");
                    }
                } else if (!chinese.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeyTests.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
