package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps a county or district office to its own region's plans, and answers 404 for an id that does not exist,
 * before any controller runs (see below for path variables). It reads every path variable and request parameter that names a known kind of id
 * ({@link OwnedIdFence#variables()}: the plan-owned ids each module declares as a
 * {@link org.greenplan.plan.PlanOwnedIds} — plan, task, target, section, period, lock exception, extension, report,
 * attachment, close-out request, evidence, 催办单, assessment round, briefing, briefing schedule — plus units and
 * regions). A request parameter is read under its own name, or with {@code Id} added ({@code ?plan=} as
 * {@code planId}), a plural ending in {@code Ids} as the singular ({@code ?unitIds=}); {@code ?into=} names a unit
 * and {@code ?parentId=} a region; a value may be a comma-separated list, and {@code id:version} pairs
 * ({@code ?report=12:3}) are read by their id. It answers 404 (as if the thing did not exist, no hint that it
 * does) when one of them belongs to another region's plan, is a unit or region outside the office's region, a
 * unit that is not responsible for the plan the request names, when the ids belong to different plans, or when a
 * request parameter names a thing that does not exist ({@code ?unit=999}); a path variable naming nothing is left
 * to the controller (404, or 403 first where the reader's role may not use the page), except for a scoped office.
 * Values that are not numbers are left to the controller (400). Lists are not filtered here: each list
 * page asks the plan catalog which plans the reader sees.
 */
class PlanRegionGuard implements HandlerInterceptor {
    private static final Pattern ID = Pattern.compile("(\\d{1,18})(?::\\d{1,9})?");
    private static final Map<String, String> ALIASES =
            Map.of("into", OwnedIdFence.UNIT, "parentId", OwnedIdFence.REGION);

    // looked up once: asking the bean factory on every request cost 2 % of a dashboard request
    private final SingletonSupplier<OwnedIdFence> fence;

    /** @param fence the id fence; absent in web slice tests, where nothing is restricted */
    PlanRegionGuard(ObjectProvider<OwnedIdFence> fence) {
        this.fence = SingletonSupplier.ofNullable(fence::getIfAvailable);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        OwnedIdFence ids = fence.get();
        if (ids == null) {
            return true;
        }
        Set<String> known = ids.variables();
        Map<String, List<Long>> inPath = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            variables.forEach((name, value) -> variable(name, known).ifPresent(v -> add(inPath, v, value)));
        }
        Map<String, List<Long>> inParams = new LinkedHashMap<>();
        request.getParameterMap()
                .forEach((name, values) -> variable(name, known).ifPresent(v -> {
                    for (String value : values) {
                        add(inParams, v, value);
                    }
                }));
        if (!inPath.isEmpty() || !inParams.isEmpty()) {
            ids.check(inPath, inParams);
        }
        return true;
    }

    /**
     * @param name  a path variable or request parameter name
     * @param known the variables the fence checks
     * @return the variable it is read as, or empty when it names no known kind of id
     */
    static Optional<String> variable(String name, Set<String> known) {
        String variable = ALIASES.getOrDefault(name, name);
        if (known.contains(variable)) {
            return Optional.of(variable);
        }
        if (name.endsWith("Ids") && known.contains(name.substring(0, name.length() - 1))) {
            return Optional.of(name.substring(0, name.length() - 1));
        }
        return known.contains(name + "Id") ? Optional.of(name + "Id") : Optional.empty();
    }

    private static void add(Map<String, List<Long>> named, String variable, String value) {
        for (String part : value == null ? new String[0] : value.split(",")) {
            Matcher id = ID.matcher(part.strip());
            if (id.matches()) {
                named.computeIfAbsent(variable, v -> new ArrayList<>()).add(Long.parseLong(id.group(1)));
            }
        }
    }
}
