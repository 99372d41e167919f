package org.greenplan.api.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenplan.progress.FieldProblem;

/** A request whose fields do not read: by request field name ({@code values[2].targetId}), what is wrong. */
class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, FieldProblem> problems;

    InvalidRequestException(Map<String, FieldProblem> problems) {
        super("invalid fields " + problems.keySet());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    static InvalidRequestException of(String field, String key, Object... args) {
        return new InvalidRequestException(Map.of(field, FieldProblem.of(key, args)));
    }

    Map<String, FieldProblem> problems() {
        return problems;
    }
}
