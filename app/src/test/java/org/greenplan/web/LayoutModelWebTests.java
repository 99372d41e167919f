package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Every module's {@link LayoutAttributes} fill a page's model through {@link LayoutModel}, and none is asked for an
 * answer that is no page (JSON through {@code @ResponseBody}, a {@code ResponseEntity} or a view object) or a redirect.
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

        @GetMapping("/notifications/layout-model-own")
        String showPageWithItsOwnHeading(Model model) {
            model.addAttribute("heading", "the page's own");
            return "error";
        }

        @GetMapping("/notifications/layout-model-redirect")
        String redirect() {
            return "redirect:/notifications/layout-model-page";
        }

        @GetMapping("/notifications/layout-model-view")
        ModelAndView showViewObject() {
            return new ModelAndView(new JacksonJsonView(), Map.of("n", 1));
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
            return (Map<String, Object> model,
                    Actor reader,
                    HttpServletRequest request,
                    HttpServletResponse response) -> {
                asked.incrementAndGet();
                model.put("countedFor", reader == null ? null : reader.username());
                model.put("heading", "from the layout");
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
    void anAttributeThePageSetsItselfIsKept() throws Exception {
        mvc.perform(get("/notifications/layout-model-own"))
                .andExpect(model().attribute("heading", "the page's own"))
                .andExpect(model().attribute("countedFor", "office"));
    }

    @Test
    void answersThatAreNoPageAndRedirectsAskNoModule() throws Exception {
        mvc.perform(get("/notifications/layout-model-body")).andExpect(status().isOk());
        mvc.perform(get("/notifications/layout-model-entity")).andExpect(status().isOk());
        mvc.perform(get("/notifications/layout-model-view"))
                .andExpect(content().json("{\"n\": 1}", JsonCompareMode.STRICT));
        mvc.perform(get("/notifications/layout-model-redirect"))
                .andExpect(redirectedUrl("/notifications/layout-model-page"));

        assertThat(asked).hasValue(0);
    }

    @Test
    void noModelAdviceRunsOnEveryRequest() {
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
                .isEmpty();
    }
}
