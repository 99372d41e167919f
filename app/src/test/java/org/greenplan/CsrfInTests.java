package org.greenplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.greenplan.accounts.TestActors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc requests carry a valid CSRF token, as the pages' forms and htmx requests do, and are signed in
 * as the office ({@link TestActors#office()}), whose pages the existing tests exercise; a request that
 * adds another {@code TestActors} post-processor acts as that actor instead. The CSRF check itself is
 * tested in {@code web.SecurityWebTests}, the URL rules per role in {@code web.EndpointAccessIntegrationTests}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CsrfInTests {

    @Bean
    MockMvcBuilderCustomizer csrfByDefault() {
        return builder -> builder.defaultRequest(get("/").with(csrf()).with(TestActors.office()));
    }
}
