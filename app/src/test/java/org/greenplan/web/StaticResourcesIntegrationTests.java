package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served from {@code /css}, {@code /js} and {@code /webjars} (web jars without their version
 * in the path, pages link them with it), and under no other pattern: the catch-all {@code /**} mapping that
 * made every link of a page a class-path lookup is gone.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void servesTheOwnAndTheWebJarsFiles() throws Exception {
        for (String path : new String[] {
            "/css/greenplan.css",
            "/css/dashboard.css",
            "/js/greenplan.js",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/webjars/echarts/dist/echarts.min.js"
        }) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void pagesLinkWebJarsWithTheirVersionAndOtherLinksAsWritten() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(login)
                .containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css")
                .contains("/css/greenplan.css");
    }

    @Test
    void noCatchAllMappingMakesEveryLinkAClassPathLookup() {
        assertThat(resources.getHandlerMap().keySet())
                .contains("/webjars/**", "/css/**", "/js/**")
                .doesNotContain("/**");
    }
}
