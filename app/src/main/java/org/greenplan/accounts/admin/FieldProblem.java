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

    /** @return an argument naming a role: shown as the role's name in the reader's language (填报员, 领导) */
    static String roleName(org.greenplan.accounts.Role role) {
        return ROLE_KEY + role.name();
    }

    /**
     * @return the arguments to render the message with: an argument naming a role ({@link #roleName}) becomes
     *     the role's label ({@code account.role.*}) in the reader's language, never its code (LEADER); the rest
     *     as stored
     */
    public Object[] arguments() {
        return args.stream()
                .map(arg -> arg.startsWith(ROLE_KEY)
                        ? new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {arg}, arg)
                        : arg)
                .toArray();
    }

    private static final String ROLE_KEY = "account.role.";
}
