package org.greenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seams between modules: the plan module stores its own types, not the parser's, and each table
 * is written only by the module that owns it (as its {@code package-info.java} says, under "Tables").
 */
class ModuleSeamsTests {
    private static final Path MAIN = Path.of("src/main/java/org/greenplan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (\\w+)");
    private static final Pattern WRITE =
            Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b");
    private static final Pattern CODE = Pattern.compile("\\{@code ([a-z_]+)}");

    @Test
    void planModuleDoesNotDependOnTheParser() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenplan");

        noClasses()
                .that()
                .resideInAPackage("org.greenplan.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.greenplan.parser..")
                .because("the plan module stores its own draft input; the importer maps the parser's types to it")
                .check(classes);
    }

    @Test
    void everyTableHasExactlyOneOwningModule() {
        Map<String, List<String>> owners = owners();
        assertThat(owners)
                .allSatisfy((table, modules) -> assertThat(modules)
                        .as("modules listing table %s", table)
                        .hasSize(1));
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(tablesCreatedByMigrations());
    }

    @Test
    void onlyTheOwningModuleWritesATable() {
        Map<String, List<String>> owners = owners();
        List<String> violations = new ArrayList<>();
        for (Path module : directories(MAIN)) {
            String name = module.getFileName().toString();
            for (Path source : javaFiles(module)) {
                List<String> lines = lines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher write = WRITE.matcher(lines.get(i));
                    while (write.find()) {
                        List<String> owner = owners.get(write.group(1));
                        if (owner != null && !owner.contains(name)) {
                            violations.add(MAIN.relativize(source) + ":" + (i + 1) + " writes " + write.group(1)
                                    + " of " + owner);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanSeesTheWritesItIsMeantToCatch() {
        Matcher write = WRITE.matcher("delete from responsible_unit u where not u.confirmed");
        assertThat(write.find()).isTrue();
        assertThat(write.group(1)).isEqualTo("responsible_unit");
        assertThat(owners().get("responsible_unit")).containsExactly("organisation");
    }

    /** Table → modules whose package-info lists it under "Tables". */
    private static Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Path module : directories(MAIN)) {
            Path info = module.resolve("package-info.java");
            String text = String.join(" ", lines(info)).replaceAll("\\s*\\*\\s*", " ");
            int tables = text.indexOf("Tables");
            if (tables < 0) {
                continue;
            }
            int end = text.indexOf("*/", tables);
            Matcher code = CODE.matcher(text.substring(tables, end < 0 ? text.length() : end));
            while (code.find()) {
                owners.computeIfAbsent(code.group(1), k -> new ArrayList<>())
                        .add(module.getFileName().toString());
            }
        }
        return owners;
    }

    private static TreeSet<String> tablesCreatedByMigrations() {
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path sql : files.toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(sql, StandardCharsets.UTF_8));
                while (create.find()) {
                    tables.add(create.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Path> directories(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
