package org.greenplan.accounts.admin.web;

import org.greenplan.accounts.admin.AccountRefusal;
import org.greenplan.accounts.admin.FieldProblem;
import org.springframework.validation.BindingResult;

/** Puts a refusal's problems on the form: each beside its field, or above the form when it has none. */
final class FormProblems {
    private FormProblems() {}

    static void apply(AccountRefusal refusal, BindingResult result) {
        for (FieldProblem problem : refusal.problems()) {
            Object[] args = problem.arguments();
            if (problem.field() == null) {
                result.reject(problem.code(), args, problem.code());
            } else {
                result.rejectValue(problem.field(), problem.code(), args, problem.code());
            }
        }
    }
}
