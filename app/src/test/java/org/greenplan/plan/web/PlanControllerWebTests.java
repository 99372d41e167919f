package org.greenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plan pages' HTTP behaviour (status, error page, download headers) with the catalogue mocked. */
@WebSliceTest(PlanController.class)
class PlanControllerWebTests {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanCatalog catalog;

    @Test
    void anUnknownPlanGivesTheNotFoundPageNamingIt() throws Exception {
        when(catalog.plan(404)).thenReturn(Optional.empty());

        String page = mvc.perform(get("/plans/404"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("没有编号为 404 的计划");
    }

    @Test
    void anUnknownTaskGivesNotFound() throws Exception {
        when(catalog.plan(7)).thenReturn(Optional.empty());

        mvc.perform(get("/plans/7/tasks/99")).andExpect(status().isNotFound());
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() throws Exception {
        mvc.perform(get("/plans/7/tasks/99").param("on", "2022-13-45")).andExpect(status().isBadRequest());
    }

    @Test
    void downloadsTheOriginalFileUnderItsChineseName() throws Exception {
        byte[] original = "一、总体要求".getBytes(StandardCharsets.UTF_8);
        when(catalog.sourceFile(3)).thenReturn(Optional.of(new PlanCatalog.StoredFile("宿州工作要点.txt", original)));

        mvc.perform(get("/plans/3/source"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "filename*=UTF-8''%E5%AE%BF%E5%B7%9E%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9.txt")))
                .andExpect(content().bytes(original));
    }

    @Test
    void aMissingOriginalFileGivesNotFound() throws Exception {
        when(catalog.sourceFile(3)).thenReturn(Optional.empty());

        mvc.perform(get("/plans/3/source")).andExpect(status().isNotFound());
    }
}
