package org.greenplan.accounts.admin;

import java.util.List;

/**
 * What is wrong with one field of a form or one cell of an imported row.
 *
 * @param field the form field ({@code username}, {@code unitId}, {@code roles}, {@code email}, {@code phone},
 *              {@code displayName}, {@code contactPhone} …), or null for the whole record
 * @param code  the message key, e.g. {@code user.username.taken}
 * @param args  the message arguments, as text
 *     <p>Serializable: the users page passes a refusal to the next page as a flash attribute, which lives in
 *     the session store (Spring Session JDBC serializes it).
 */
public record FieldProblem(String field, String code, List<String> args) implements java.io.Serializable {
    public FieldProblem {
        args = List.copyOf(args);
    }

    static FieldProblem of(String field, String code, String... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
