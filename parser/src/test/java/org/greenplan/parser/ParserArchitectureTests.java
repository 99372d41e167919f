package org.greenplan.parser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser is pure Java: no Spring, no database, and document libraries only in the readers. */
class ParserArchitectureTests {

    private static JavaClasses parser;

    @BeforeAll
    static void importParser() {
        parser = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenplan.parser");
    }

    @Test
    void dependsOnNoSpringAndNoJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.greenplan.parser..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("the parser is a plain library that the app wraps")
                .check(parser);
    }

    @Test
    void usesDocumentLibrariesOnlyInTheDocumentReaders() {
        noClasses()
                .that()
                .resideInAPackage("org.greenplan.parser..")
                .and()
                .resideOutsideOfPackage("org.greenplan.parser.document..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.poi..", "org.apache.pdfbox..", "org.ofdrw..", "org.jsoup..", "org.apache.tika..")
                .because("plan and target parsing work on text, whatever format it came from")
                .check(parser);
    }
}
