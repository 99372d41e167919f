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
 * {@code {planId}} of another region, or a {@code {taskId}} of such a plan, answers 404, as if it did not
 * exist (no hint that it does). Pages that name only a report, period or request id are not covered here.
 */
class PlanRegionGuard implements HandlerInterceptor {
    private final ObjectProvider<RegionScope> scope;

    /** @param scope the region scope; absent in web slice tests, where nothing is restricted */
    PlanRegionGuard(ObjectProvider<RegionScope> scope) {
        this.scope = scope;
    }

    private static boolean isId(String value) {
        return value != null && value.matches("\\d{1,18}");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        RegionScope regions = scope.getIfAvailable();
        if (regions == null || variables == null) {
            return true;
        }
        String planId = variables.get("planId");
        if (isId(planId) && !regions.mayOpen(Long.parseLong(planId))) {
            throw new NoSuchElementException("no plan " + planId + " in this office's region");
        }
        String taskId = variables.get("taskId");
        if (isId(taskId) && !regions.mayOpenTask(Long.parseLong(taskId))) {
            throw new NoSuchElementException("no task " + taskId + " in this office's region");
        }
        return true;
    }
}
