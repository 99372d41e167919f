package org.greenplan.organisation.web;

import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenplan.organisation.UnitDirectory;
import org.greenplan.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Confirming a unit from a plain form (no htmx) goes back to the directory. */
@WebSliceTest(UnitController.class)
class UnitControllerWebTests {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    UnitDirectory directory;

    @Test
    void confirmingWithoutHtmxRedirectsToTheDirectory() throws Exception {
        mvc.perform(post("/units/17/confirm").with(csrf())).andExpect(redirectedUrl("/units"));

        verify(directory).confirm(17);
    }

    @Test
    void aUnitIdThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(post("/units/abc/confirm").with(csrf())).andExpect(status().isBadRequest());
    }
}
