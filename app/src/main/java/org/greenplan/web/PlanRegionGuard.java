package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps a county or district office to its own region's plans: any page or API call whose path names a
 * {@code {planId}} of another region answers 404, as if the plan did not exist (no hint that it does).
 * Pages that name only a task or report id are not covered here.
 */
class PlanRegionGuard implements HandlerInterceptor {
    private final ObjectProvider<RegionScope> scope;

    /** @param scope the region scope; absent in web slice tests, where nothing is restricted */
    PlanRegionGuard(ObjectProvider<RegionScope> scope) {
        this.scope = scope;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String planId = variables == null ? null : variables.get("planId");
        RegionScope regions = scope.getIfAvailable();
        if (regions != null
                && planId != null
                && planId.matches("\\d{1,18}")
                && !regions.mayOpen(Long.parseLong(planId))) {
            throw new NoSuchElementException("no plan " + planId + " in this office's region");
        }
        return true;
    }
}
