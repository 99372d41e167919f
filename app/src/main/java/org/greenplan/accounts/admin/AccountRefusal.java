package org.greenplan.accounts.admin;

import java.util.List;

/**
 * A change the rules refuse, with what is wrong per field (message keys, so pages say it in the user's
 * language). Thrown before anything is stored; the transaction is rolled back.
 */
public class AccountRefusal extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public AccountRefusal(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    static AccountRefusal of(String field, String code, String... args) {
        return new AccountRefusal(List.of(FieldProblem.of(field, code, args)));
    }

    /** @return the problems, at least one */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** @return whether one of the problems has the message key {@code code} */
    public boolean has(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }
}
