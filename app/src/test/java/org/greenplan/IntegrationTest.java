package org.greenplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A Spring Boot test against a real embedded PostgreSQL in a fresh temporary data directory. Every
 * integration test of a run shares one context (Spring's context cache), so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "greenplan.database.embedded.data-dir=${java.io.tmpdir}/greenplan-test/${random.uuid}",
            "greenplan.scheduling.enabled=false"
        })
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(CsrfInTests.class)
public @interface IntegrationTest {}
