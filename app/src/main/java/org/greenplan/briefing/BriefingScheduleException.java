package org.greenplan.briefing;

/** A schedule the office cannot set: the message is a key of the message bundles. */
public class BriefingScheduleException extends RuntimeException {
    BriefingScheduleException(String code) {
        super(code);
    }

    /** @return the message key, {@code briefing.schedule.*} */
    public String code() {
        return getMessage();
    }
}
