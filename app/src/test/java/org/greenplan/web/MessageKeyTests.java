package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greenplan.parser.document.ReadRefusal;
import org.greenplan.parser.plan.IssueCode;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.reminders.ReminderKind;
import org.junit.jupiter.api.Test;

/**
 * UI text comes from the message bundles: templates hold keys, Java code that produces text for people
 * holds keys (Chinese literals only where {@link #ALLOWED} says why), and both languages have every key.
 */
class MessageKeyTests {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** A string literal that names a message key of ours ({@code draft.noUnits}). */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?:parse|read|import|draft|plan|error|units|form|target|task|cli)\\.[a-zA-Z]+(?:\\.[a-zA-Z_]+)*");

    /**
     * Chinese string literals that are not UI text, per source file (relative to the app's main Java
     * folder), written as the literal's Chinese characters only (punctuation, digits and Latin letters
     * dropped), with the reason.
     */
    private static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            allow(
                    "org/greenplan/reporting/LedgerWorkbook.java",
                    "the ledger workbook follows the office's 台账 format: its title, sheet name and columns are"
                            + " Chinese in any UI language (README lists the columns); 其他 names the sheet of tasks outside any section",
                    "序号",
                    "一级分类",
                    "二级分类",
                    "工作任务",
                    "牵头单位",
                    "责任单位配合单位",
                    "目标",
                    "完成时限",
                    "进展情况",
                    "状态",
                    "台账",
                    "任务台账",
                    "其他"),
            allow("org/greenplan/reporting/LedgerStyles.java", "a font name", "宋体"),
            allow("org/greenplan/reporting/LedgerExport.java", "the ledger's file name, in the office's format", "台账"),
            allow(
                    "org/greenplan/plan/DeadlineLabels.java",
                    "工作要点 is matched against the document's title to recognise an annual plan, not shown",
                    "工作要点"),
            allow(
                    "org/greenplan/targets/Aggregation.java",
                    "words of indicator names that the aggregation rule matches (domain lexicon)",
                    "率",
                    "占比",
                    "比例",
                    "比重",
                    "浓度",
                    "强度",
                    "指数",
                    "人均",
                    "万人",
                    "新增",
                    "完成",
                    "累计",
                    "新建",
                    "建成",
                    "改造"),
            allow(
                    "org/greenplan/targets/ReportedValueParser.java",
                    "words and numerals of reported values that the parser matches (domain lexicon, regexes);"
                            + " growth and change words in indicators (not shares, so no 0-100 % range)",
                    "增长增速增幅增加提高下降降低减少",
                    "大约",
                    "大概",
                    "约为",
                    "约",
                    "接近",
                    "近",
                    "左右",
                    "上下",
                    "万亿亿万",
                    "零〇一二两三四五六七八九十百千万亿",
                    "百分之"),
            allow("org/greenplan/targets/TargetTerms.java", "a target phrase word that is matched", "零增长"),
            allow(
                    "org/greenplan/briefing/RedHeader.java",
                    "characters that end an office's name, after which a long red header may break (matched, not"
                            + " shown)",
                    "省市县区州盟旗镇乡府委局厅部处署院会组队所站心室"),
            allow(
                    "org/greenplan/plan/draft/Drafts.java",
                    "stored as the title of a plan whose title was not recognised (data the office corrects)",
                    "未识别标题"),
            allow(
                    "org/greenplan/database/DataDirectoryInUseException.java",
                    "bilingual startup failure for the operator, raised before the application context (and its"
                            + " message bundles) exists",
                    "数据目录",
                    "正被另一个",
                    "使用请等它结束或停止它后再试"),
            allow(
                    "org/greenplan/database/DataDirectoryInUseFailureAnalyzer.java",
                    "bilingual startup advice printed by Spring Boot's failure analysis, before any message bundle"
                            + " is loaded",
                    "已在运行在浏览器中打开它启动时显示的地址即可命令可在它运行时使用",
                    "要换一个数据目录请设置"),
            allow(
                    "org/greenplan/database/EmbeddedPostgresConfiguration.java",
                    "bilingual startup failure for the operator, raised while the database (and so the application"
                            + " context with its message bundles) is not up yet",
                    "另一个正在使用数据目录",
                    "但读不到它的数据库端口",
                    "但读不到数据库密码文件"),
            allow(
                    "org/greenplan/cli/GreenPlanCommands.java",
                    "picocli help text (annotation), bilingual",
                    "绿色发展行动督办平台"),
            allow(
                    "org/greenplan/cli/ParseCommand.java",
                    "picocli help text (annotation), bilingual",
                    "解析文件并输出大纲或不写数据库"),
            allow("org/greenplan/cli/ImportCommand.java", "picocli help text (annotation), bilingual", "导入计划草稿"),
            allow("org/greenplan/cli/ExportLedgerCommand.java", "picocli help text (annotation), bilingual", "导出台账"),
            allow("org/greenplan/cli/EvalCommand.java", "picocli help text (annotation), bilingual", "对照标注文件评估解析质量"),
            // demo data
            allow("org/greenplan/cli/DemoDataCommand.java", "picocli help text (annotation), bilingual", "生成演示与压测数据"));

    private record Allowed(String reason, Set<String> texts) {}

    private static Map.Entry<String, Allowed> allow(String file, String reason, String... texts) {
        return Map.entry(file, new Allowed(reason, Set.of(texts)));
    }

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

    @Test
    void javaCodeHoldsNoChineseTextOutsideTheAllowList() throws IOException {
        List<String> offenders = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            String name = JAVA.relativize(file).toString().replace('\\', '/');
            Allowed allowed = ALLOWED.get(name);
            for (JavaTextScanner.Literal literal :
                    JavaTextScanner.literals(Files.readString(file, StandardCharsets.UTF_8))) {
                String chinese = chineseOf(literal.text());
                if (chinese.isEmpty()) {
                    continue;
                }
                if (allowed != null && allowed.texts().contains(chinese)) {
                    used.add(name + ":" + chinese);
                } else {
                    offenders.add(name + ":" + literal.line() + ": \"" + literal.text() + "\"");
                }
            }
        }
        assertThat(offenders)
                .as("Chinese text in Java code; put it in messages.properties and messages_en.properties, or"
                        + " allow it in MessageKeyTests.ALLOWED with the reason")
                .isEmpty();
        Set<String> listed = new TreeSet<>();
        ALLOWED.forEach((file, allowed) -> allowed.texts().forEach(t -> listed.add(file + ":" + t)));
        assertThat(used).as("allow-list entries that no longer match a literal").isEqualTo(listed);
    }

    @Test
    void everyKeyNamedInJavaCodeExistsInBothLanguages() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        Set<String> missing = new TreeSet<>();
        int keys = 0;
        for (Path file : javaSources()) {
            for (JavaTextScanner.Literal literal :
                    JavaTextScanner.literals(Files.readString(file, StandardCharsets.UTF_8))) {
                if (KEY_LITERAL.matcher(literal.text()).matches()
                        && (chinese.containsKey(literal.text()) || looksLikeKey(literal.text(), chinese))) {
                    keys++;
                    if (!chinese.containsKey(literal.text()) || !english.containsKey(literal.text())) {
                        missing.add(literal.text());
                    }
                }
            }
        }
        assertThat(keys).as("keys found in Java code").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyParseIssueAndRefusalCodeHasBothLanguagesAndTheParsersChineseText() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        Map<String, String> defaults = new java.util.LinkedHashMap<>();
        for (IssueCode code : IssueCode.values()) {
            defaults.put(code.key(), code.defaultText());
        }
        for (ReadRefusal refusal : ReadRefusal.values()) {
            defaults.put(refusal.key(), refusal.defaultText());
        }
        defaults.forEach((key, text) -> {
            assertThat(chinese.getProperty(key)).as(key).isEqualTo(text);
            assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        });
    }

    @Test
    void everyKeyBuiltFromANameExistsInBothLanguages() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        List<String> keys = new ArrayList<>();
        for (TargetComparator comparator : TargetComparator.values()) {
            if (comparator != TargetComparator.REFERENCE) {
                keys.add("target.measure." + comparator.name());
            }
        }
        for (String field : List.of("value", "upperValue", "comparator", "deadline", "role")) {
            keys.add("form.field." + field);
        }
        for (ReminderKind kind : ReminderKind.values()) {
            // a reminder notice's texts, rendered when each reader opens the inbox
            keys.add("reminders.kind." + kind);
            keys.add("reminders.notice.subject." + kind);
            keys.add("reminders.notice.body." + kind);
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(chinese).containsKey(key);
            assertThat(english).containsKey(key);
        });
    }

    /** A key-shaped literal whose family (its text up to the last dot) the bundles know. */
    private static boolean looksLikeKey(String text, Properties chinese) {
        String family = text.substring(0, text.lastIndexOf('.') + 1);
        return chinese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(family));
    }

    private static String chineseOf(String literal) {
        StringBuilder chinese = new StringBuilder();
        literal.codePoints()
                .filter(c -> CJK.matcher(Character.toString(c)).matches())
                .forEach(chinese::appendCodePoint);
        return chinese.toString();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
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
