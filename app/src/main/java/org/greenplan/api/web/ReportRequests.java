package org.greenplan.api.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.progress.FieldProblem;
import org.greenplan.progress.ReportContent;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportInvalidException;
import org.greenplan.progress.ReportValue;

/**
 * Reads API report requests into the service's {@link ReportInput} and names the service's field
 * problems ({@code value.<targetId>}, {@code completion}) by the request's fields
 * ({@code values[i].value}, {@code completionPercent}).
 */
final class ReportRequests {
    private ReportRequests() {}

    /** @throws InvalidRequestException when the version is missing or a value names no target (or one twice) */
    static ReportInput input(ReportJson.ReportRequest request) {
        requireVersion(request.version());
        Map<Long, String> values = new LinkedHashMap<>();
        Set<Long> confirmed = new HashSet<>();
        List<ReportJson.ValueRequest> sent = request.values() == null ? List.of() : request.values();
        for (int i = 0; i < sent.size(); i++) {
            ReportJson.ValueRequest v = sent.get(i);
            if (v == null || v.targetId() == null) {
                throw InvalidRequestException.of("values[" + i + "].targetId", "api.field.required");
            }
            if (values.put(v.targetId(), v.value() == null ? "" : v.value()) != null) {
                throw InvalidRequestException.of(
                        "values[" + i + "].targetId", "api.field.duplicateTarget", v.targetId());
            }
            if (Boolean.TRUE.equals(v.confirmed())) {
                confirmed.add(v.targetId());
            }
        }
        Integer completion = request.completionPercent();
        return new ReportInput(
                request.progress(),
                request.problems(),
                request.nextSteps(),
                completion == null ? "" : completion.toString(),
                values,
                confirmed);
    }

    /** @return the stored content as input again (a submission that sends only its version) */
    static ReportInput stored(ReportContent c) {
        Map<Long, String> values = c.values().stream()
                .collect(Collectors.toMap(ReportValue::targetId, ReportValue::typed, (a, b) -> a, LinkedHashMap::new));
        return new ReportInput(
                c.progress(),
                c.problems(),
                c.nextSteps(),
                c.completion() == null ? "" : c.completion().toString(),
                values,
                values.keySet());
    }

    static int requireVersion(Integer version) {
        if (version == null || version < 0) {
            throw InvalidRequestException.of("version", "api.field.version");
        }
        return version;
    }

    /** @return the service's problems under the request's field names */
    static InvalidRequestException renamed(ReportInvalidException e, ReportJson.ReportRequest request) {
        Map<String, FieldProblem> named = new LinkedHashMap<>();
        e.problems().forEach((field, problem) -> named.put(fieldName(field, problem, request), problem));
        return new InvalidRequestException(named);
    }

    private static String fieldName(String field, FieldProblem problem, ReportJson.ReportRequest request) {
        if (field.equals("completion")) {
            return "completionPercent";
        }
        if (field.startsWith("value.") && request != null && request.values() != null) {
            String id = field.substring("value.".length());
            List<ReportJson.ValueRequest> sent = request.values();
            for (int i = 0; i < sent.size(); i++) {
                if (String.valueOf(sent.get(i).targetId()).equals(id)) {
                    return "values[" + i + "]."
                            + (problem.key().equals("progress.value.unknownTarget") ? "targetId" : "value");
                }
            }
        }
        return field;
    }
}
