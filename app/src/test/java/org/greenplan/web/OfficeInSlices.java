package org.greenplan.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.greenplan.accounts.TestActors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Slice tests exercise the office's pages: their requests are signed in as the office
 * ({@link TestActors#office()}) unless a request adds another actor. State changes still add
 * {@code .with(csrf())} themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OfficeInSlices {

    @Bean
    MockMvcBuilderCustomizer signedInAsOffice() {
        return builder -> builder.defaultRequest(get("/").with(TestActors.office()));
    }
}
