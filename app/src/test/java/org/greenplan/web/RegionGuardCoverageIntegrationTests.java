package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every id a controller takes from the path or a request parameter is fenced by region
 * ({@link PlanRegionGuard}) or listed here as checked another way: a new endpoint naming a new kind of id
 * fails this test until its module declares the id's plan ({@code plan.PlanOwnedIds}) or it is allowed below
 * with the reason.
 */
@IntegrationTest
class RegionGuardCoverageIntegrationTests {
    /** Ids that are not a plan's, with where they are checked instead. */
    static final Map<String, String> NOT_PLAN_OWNED = Map.of(
            "entryId", "a notification inbox entry: the inbox answers only the signed-in user's own entries",
            "tokenId", "an API token: revoked only among the signed-in user's own tokens",
            "jobId", "an import job: held in the importing user's session",
            "id", "a user account (/admin/users/{id}): the office's account administration",
            "user", "the audit trail's filter by user",
            "entityId", "the audit trail's filter by entity",
            "days", "an API token's lifetime in days, no id",
            "kind", "the kind of an account import (users or units), no id",
            "token", "an account import's preview: held for the importing user only");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OwnedIdFence fence;

    @Test
    void everyIdAControllerTakesIsFencedOrExplicitlyAllowed() {
        Set<String> known = fence.variables();
        Set<String> unfenced = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String name : idNames(info, method)) {
                if (PlanRegionGuard.variable(name, known).isEmpty() && !NOT_PLAN_OWNED.containsKey(name)) {
                    unfenced.add(name + " in " + info.getPatternValues() + " (" + method.getShortLogMessage() + ")");
                }
            }
        });
        assertThat(unfenced)
                .as("ids without a region rule: declare a plan.PlanOwnedIds bean in the owning module")
                .isEmpty();
    }

    @Test
    void theFenceKnowsEveryPlanOwnedKindAndReadsParametersByTheirShortNames() {
        Set<String> known = fence.variables();
        assertThat(known)
                .contains(
                        "planId",
                        "taskId",
                        "targetId",
                        "sectionId",
                        "periodId",
                        "exceptionId",
                        "extensionId",
                        "reportId",
                        "attachmentId",
                        "requestId",
                        "evidenceId",
                        "urgingId",
                        "roundId",
                        "briefingId",
                        "scheduleId",
                        "unitId",
                        "regionId");
        assertThat(PlanRegionGuard.variable("plan", known)).contains("planId");
        assertThat(PlanRegionGuard.variable("period", known)).contains("periodId");
        assertThat(PlanRegionGuard.variable("unitIds", known)).contains("unitId");
        assertThat(PlanRegionGuard.variable("into", known)).contains("unitId");
        assertThat(PlanRegionGuard.variable("parentId", known)).contains("regionId");
        assertThat(PlanRegionGuard.variable("report", known)).contains("reportId");
        assertThat(PlanRegionGuard.variable("version", known)).isEmpty();
        assertThat(PlanRegionGuard.variable("entryId", known)).isEmpty();
    }

    /** @return the path variables and the id-like request parameters (named …Id/…Ids, or of a long type) */
    private static List<String> idNames(RequestMappingInfo info, HandlerMethod method) {
        List<String> names = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            java.util.regex.Matcher variable =
                    java.util.regex.Pattern.compile("\\{(\\w+)").matcher(pattern);
            while (variable.find()) {
                names.add(variable.group(1));
            }
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            String name = param != null
                    ? first(param.name(), param.value())
                    : path != null ? first(path.name(), path.value()) : null;
            if (name == null) {
                continue;
            }
            if (name.isEmpty()) {
                name = parameter.getParameterName();
            }
            if (path != null || name.endsWith("Id") || name.endsWith("Ids") || isLong(parameter)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String first(String name, String value) {
        return name.isEmpty() ? value : name;
    }

    private static boolean isLong(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (type == long.class || type == Long.class) {
            return true;
        }
        return Collection.class.isAssignableFrom(type)
                && ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == Long.class;
    }
}
