package org.greenplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document lists every mapped {@code /api} path with both ways to sign in, for signed-in users only. */
@IntegrationTest
class OpenApiDocumentIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryApiPathAndTheBearerAndSessionSchemes() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/"))
                        .forEach(mapped::add));

        String document = mvc.perform(get("/v3/api-docs").with(TestActors.reporter(7)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> paths = JsonPath.read(document, "$.paths");
        Map<String, Object> schemes = JsonPath.read(document, "$.components.securitySchemes");

        assertThat(mapped).hasSizeGreaterThanOrEqualTo(10).contains("/api/plans", "/api/reports/{reportId}/approval");
        assertThat(paths.keySet()).containsAll(mapped);
        assertThat(schemes.keySet()).containsExactlyInAnyOrder("bearerToken", "session");
        assertThat((String) JsonPath.read(document, "$.components.securitySchemes.bearerToken.scheme"))
                .isEqualTo("bearer");
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus())
                .isIn(302, 401);
    }
}
