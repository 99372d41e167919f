package org.greenplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc requests carry a valid CSRF token, as the pages' forms and htmx requests do; the check itself
 * is tested in {@code web.SecurityIntegrationTests} without it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CsrfInTests {

    @Bean
    MockMvcBuilderCustomizer csrfByDefault() {
        return builder -> builder.defaultRequest(get("/").with(csrf()));
    }
}
