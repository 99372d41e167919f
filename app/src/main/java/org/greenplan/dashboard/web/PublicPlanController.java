package org.greenplan.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.greenplan.dashboard.PublicPlans;
import org.greenplan.plan.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a plan (信息公开, {@code /public/plans/{planId}}, anyone): read-only, without a
 * session, cacheable for {@link #MAX_AGE} by browsers and proxies (per language). 404 unless the office
 * has made the plan public.
 */
@Controller
class PublicPlanController {
    /** How long browsers and proxies may keep the page; a plan taken back disappears within this time. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final PublicPlans publicPlans;

    PublicPlanController(PublicPlans publicPlans) {
        this.publicPlans = publicPlans;
    }

    @GetMapping("/public/plans/{planId}")
    String showPublicPlan(@PathVariable long planId, Model model, HttpServletResponse response) {
        model.addAttribute("view", publicPlans.view(planId).orElseThrow(() -> NotFoundException.plan(planId)));
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        return "dashboard/public-plan";
    }
}
