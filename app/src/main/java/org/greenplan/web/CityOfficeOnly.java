package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The city-wide settings and actions, which are the city office's alone: a county or district office (an office
 * admin scoped to a region, {@link RegionScope}) gets 403 for them, before any controller runs; it may still read
 * their pages. The one place that lists them ({@link #CITY_WIDE}):
 *
 * <ul>
 *   <li>the region tree and office scopes ({@code POST /admin/regions/**}): a county could widen its own scope;
 *   <li>the working-day calendar ({@code POST /admin/calendar/**}): one holiday table serves every region's due
 *       dates;
 *   <li>the global reminder settings ({@code POST /office/reminders/settings} without a {@code planId}; a plan's
 *       own settings name the plan and pass the region fence) and "run now" ({@code POST /office/reminders/run}):
 *       a run sends every plan's due reminders and spends every unit's daily reminder allowance, so a county
 *       office starting it would chase other regions' units; the daily scheduled run already covers its plans,
 *       and it still urges its own units one by one with a 催办单;
 *   <li>the briefing template ({@code POST /office/briefings/template/**}): one Word template for every
 *       region's 通报.
 * </ul>
 *
 * Everything else under {@code /admin/**} and {@code /office/**} is per plan or per unit and kept to the region by
 * {@link PlanRegionGuard} and the modules' list filters.
 */
class CityOfficeOnly implements HandlerInterceptor {
    /**
     * A city-wide request.
     *
     * @param method  its HTTP method
     * @param pattern its path pattern
     * @param unless  a request parameter that makes it a per-plan request when given (not blank), or null
     */
    record CityWide(HttpMethod method, PathPattern pattern, String unless) {
        static CityWide post(String pattern) {
            return new CityWide(HttpMethod.POST, PathPatternParser.defaultInstance.parse(pattern), null);
        }

        boolean matches(HttpServletRequest request, String path) {
            return method.matches(request.getMethod())
                    && pattern.matches(PathContainer.parsePath(path))
                    && (unless == null
                            || request.getParameter(unless) == null
                            || request.getParameter(unless).isBlank());
        }
    }

    static final List<CityWide> CITY_WIDE = List.of(
            CityWide.post("/admin/regions/**"),
            CityWide.post("/admin/calendar/**"),
            new CityWide(
                    HttpMethod.POST, PathPatternParser.defaultInstance.parse("/office/reminders/settings"), "planId"),
            CityWide.post("/office/reminders/run"),
            CityWide.post("/office/briefings/template/**"));

    private final ObjectProvider<RegionScope> scope;

    /** @param scope the signed-in office's region; absent in web slice tests, where nothing is restricted */
    CityOfficeOnly(ObjectProvider<RegionScope> scope) {
        this.scope = scope;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CITY_WIDE.stream().anyMatch(rule -> rule.matches(request, path))) {
            RegionScope region = scope.getIfAvailable();
            if (region != null && region.scopedRegionId().isPresent()) {
                throw new AccessDeniedException(path + " is a city-wide setting: the city office's alone");
            }
        }
        return true;
    }
}
