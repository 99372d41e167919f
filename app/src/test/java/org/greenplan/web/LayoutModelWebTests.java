package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every module's {@link LayoutAttributes} fill a page's model through the one {@link LayoutModel} advice, and none is
 * asked for an answer that is no page: JSON through {@code @ResponseBody} or a {@code ResponseEntity}.
 */
@WebSliceTest(LayoutModelWebTests.Pages.class)
@Import({LayoutModelWebTests.Pages.class, LayoutModelWebTests.Counting.class})
class LayoutModelWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    AtomicInteger asked;

    /** A page with the layout and two answers that are no page. */
    @Controller
    static class Pages {
        @GetMapping("/notifications/layout-model-page")
        String showPage() {
            return "error";
        }

        @GetMapping("/notifications/layout-model-body")
        @ResponseBody
        Map<String, Integer> showBody() {
            return Map.of("n", 1);
        }

        @GetMapping("/notifications/layout-model-entity")
        ResponseEntity<String> showEntity() {
            return ResponseEntity.ok("{}");
        }
    }

    /** One more module's attributes, counting how often it is asked. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        AtomicInteger asked() {
            return new AtomicInteger();
        }

        @Bean
        LayoutAttributes countingAttributes(AtomicInteger asked) {
            return (Model model, Actor reader, HttpServletRequest request, HttpServletResponse response) -> {
                asked.incrementAndGet();
                model.addAttribute("countedFor", reader == null ? null : reader.username());
            };
        }
    }

    @BeforeEach
    void resetCount() {
        asked.set(0);
    }

    @Test
    void aPageGetsEveryModulesAttributesOnce() throws Exception {
        mvc.perform(get("/notifications/layout-model-page"))
                .andExpect(model().attribute("countedFor", "office"))
                .andExpect(model().attributeExists(
                                "csrfHeaders",
                                "navigation",
                                "signedIn",
                                "countyOffice",
                                "adminNavigation",
                                "dashboardNavigation"))
                .andExpect(model().attribute("adminNavigation", true))
                .andExpect(content().string(containsString("hx-headers")));

        assertThat(asked).hasValue(1);
    }

    @Test
    void answersThatAreNoPageAskNoModule() throws Exception {
        mvc.perform(get("/notifications/layout-model-body")).andExpect(status().isOk());
        mvc.perform(get("/notifications/layout-model-entity")).andExpect(status().isOk());

        assertThat(asked).hasValue(0);
    }

    @Test
    void theLayoutIsTheApplicationsOnlyModelAdvice() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ControllerAdvice.class));
        List<String> modelMethods = new ArrayList<>();
        for (var candidate : scan.findCandidateComponents("org.greenplan")) {
            Class<?> advice = ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : advice.getDeclaredMethods()) {
                if (method.isAnnotationPresent(ModelAttribute.class)) {
                    modelMethods.add(advice.getSimpleName() + "." + method.getName());
                }
            }
        }

        assertThat(modelMethods)
                .as("a model advice runs on every request, JSON included: add a LayoutAttributes bean instead")
                .containsExactly("LayoutModel.addLayout");
    }
}
