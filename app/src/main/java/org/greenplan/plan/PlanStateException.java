package org.greenplan.plan;

/** A state change that the plan's current state does not allow; the message says which and why. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class PlanStateException extends RuntimeException {
    public PlanStateException(String message) {
        super(message);
    }
}
