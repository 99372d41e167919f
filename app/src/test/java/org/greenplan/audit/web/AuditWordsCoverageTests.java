package org.greenplan.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenplan.closeout.RequestKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every audit entity kind and action the code records has a name in both languages ({@code audit.entity.KIND},
 * {@code audit.ACTION}), so {@code /office/audit} (its table and its filter) never shows a code such as
 * ASSESSMENT_ROUND or CLOSEOUT_REQUESTED: the kinds and actions are read from the call sites in the main sources
 * ({@link AuditCodesInCode}), so a new action without a label fails here.
 */
class AuditWordsCoverageTests {
    private static final Path MAIN = Path.of("src/main/java");

    /** Actions built from an enum's names at a call site, by the call site's expression. */
    private static final Map<String, Set<String>> COMPUTED = Map.of(
            "kind + \"_REQUESTED\"", requestKinds("_REQUESTED"),
            "approved.kind() + \"_APPROVED\"", requestKinds("_APPROVED"),
            "other.kind() + \"_REFUSED\"", requestKinds("_REFUSED"),
            "refused.kind() + \"_REFUSED\"", requestKinds("_REFUSED"));

    static AuditCodesInCode.Found found;

    @BeforeAll
    static void scanTheMainSources() {
        found = AuditCodesInCode.scan(MAIN, COMPUTED);
    }

    @Test
    void everyRecordedKindAndActionIsFollowedToItsCode() {
        assertThat(found.unresolved())
                .as("audit kinds or actions whose code the check cannot read: record a literal or a constant, or"
                        + " list the expression in COMPUTED")
                .isEmpty();
        assertThat(found.entities())
                .as("the scan reaches every module's call sites")
                .contains("PLAN", "TASK", "USER", "ASSESSMENT_ROUND", "CLOSEOUT_REQUEST", "URGING", "REGION")
                .hasSizeGreaterThan(20);
        assertThat(found.actions())
                .contains(
                        "PUBLISHED",
                        "CREATED",
                        "ENABLED",
                        "DISABLED",
                        "PUBLIC_ON",
                        "PUBLIC_OFF",
                        "UNIT_APPROVED",
                        "DRAFT_SAVED",
                        "CLOSEOUT_REQUESTED",
                        "CANCELLATION_APPROVED",
                        "ADJUSTMENT_REFUSED",
                        "ASSESSMENT_ROUND_OPENED")
                .hasSizeGreaterThan(60);
    }

    @Test
    void everyRecordedKindAndActionHasANameInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            Set<String> missing = new TreeSet<>();
            found.entities().stream()
                    .map(kind -> "audit.entity." + kind)
                    .filter(key -> blank(messages, key))
                    .forEach(missing::add);
            found.actions().stream()
                    .map(action -> "audit." + action)
                    .filter(key -> blank(messages, key))
                    .forEach(missing::add);
            assertThat(missing).as(bundle).isEmpty();
        }
    }

    @Test
    void theChineseNamesAreChinese() throws IOException {
        Properties zh = load("messages.properties");
        assertThat(zh.getProperty("audit.entity.ASSESSMENT_ROUND")).isEqualTo("考核轮次");
        assertThat(zh.getProperty("audit.CLOSEOUT_REQUESTED")).isEqualTo("申请销号");
        Set<String> untranslated = found.actions().stream()
                .filter(action -> !zh.getProperty("audit." + action, "").matches(".*\\p{IsHan}.*"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).as("actions named without a Chinese character").isEmpty();
    }

    private static boolean blank(Properties messages, String key) {
        return messages.getProperty(key, "").isBlank();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> requestKinds(String suffix) {
        return Arrays.stream(RequestKind.values()).map(kind -> kind + suffix).collect(Collectors.toSet());
    }
}
