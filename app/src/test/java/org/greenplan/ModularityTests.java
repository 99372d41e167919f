package org.greenplan;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk to each other only through their root-package API, and without cycles. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        // The parser is a library (its own Maven module) that happens to share our base package.
        ApplicationModules.of(
                        GreenPlanApplication.class, JavaClass.Predicates.resideInAPackage("org.greenplan.parser.."))
                .verify();
    }
}
