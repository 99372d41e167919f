package org.greenplan.progress.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.FieldProblem;
import org.greenplan.progress.ReportInvalidException;
import org.greenplan.shared.OfficeTime;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns this module's refusals into text in the request's language. */
@Component
class ReportMessages {
    private final MessageSource messages;
    private final OfficeTime officeTime;

    ReportMessages(MessageSource messages, OfficeTime officeTime) {
        this.messages = messages;
        this.officeTime = officeTime;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A refusal in the reader's language; a conflict names the report's state in words, not as a code. */
    String text(MessageSourceResolvable resolvable) {
        if (resolvable instanceof org.greenplan.progress.ReportConflictException conflict) {
            Object[] args = conflict.getArguments();
            return text(conflict.code(), text("progress.state." + args[0]), args[1]);
        }
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /**
     * @return the lock: which period, since when (to the minute, in the office's time zone), by whom and why
     *     (or that it is not open yet)
     */
    String locked(PeriodLockedException e) {
        if (e.period().closed()) {
            return text(
                    "progress.locked",
                    e.period().label(),
                    officeTime.minute(e.closedAt()),
                    e.period().closedBy(),
                    e.period().closeReason());
        }
        return text("progress.notOpen", e.period().label());
    }

    Map<String, String> fields(ReportInvalidException e) {
        Map<String, String> texts = new LinkedHashMap<>();
        e.problems().forEach((field, problem) -> texts.put(field, text(problem)));
        return texts;
    }

    private String text(FieldProblem problem) {
        return text(problem.key(), problem.arguments().toArray());
    }
}
