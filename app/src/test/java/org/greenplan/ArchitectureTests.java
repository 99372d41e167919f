package org.greenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layering rules of the app that Spring Modulith does not check: controllers are no one's API, and the
 * web layer reaches the database only through a module's services.
 */
class ArchitectureTests {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenplan")
                .that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "org.greenplan.parser..")));
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(ControllerAdvice.class)
                .should()
                .notBePublic()
                .because("requests reach a controller through its mapping, never through a call from other code")
                .check(app);
    }

    @Test
    void webPackagesRunNoSql() {
        noClasses()
                .that()
                .resideInAPackage("org.greenplan..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .because("pages ask a module's services; SQL stays in the module that owns the tables")
                .check(app);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("org.greenplan..web..")
                .because("a module's pages sit in its web sub-package, where the no-SQL rule applies")
                .check(app);
    }
}
