package org.greenplan.periods.web;

import java.util.function.Supplier;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.shared.OfficeTime;
import org.greenplan.shared.Sentences;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a write for a controller and turns its outcome into a flash message in the reader's language: the
 * notice on success, the refusal's own text otherwise (a lock names who closed the period, when and why).
 */
@Component
class Outcomes {
    private final MessageSource messages;
    private final OfficeTime officeTime;

    Outcomes(MessageSource messages, OfficeTime officeTime) {
        this.messages = messages;
        this.officeTime = officeTime;
    }

    /** Runs {@code write}; on success flashes {@code noticeKey} with the write's result as argument. */
    void run(RedirectAttributes redirect, String noticeKey, Supplier<?> write) {
        try {
            Object result = write.get();
            redirect.addFlashAttribute("notice", text(noticeKey, result));
        } catch (PeriodLockedException e) {
            redirect.addFlashAttribute("error", locked(e.period()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("periods.conflict"));
        } catch (RuntimeException e) {
            if (!(e instanceof MessageSourceResolvable resolvable)) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.getMessage(resolvable, LocaleContextHolder.getLocale()));
        }
    }

    /** @return the text of a closed (or not yet open) period's refusal */
    String locked(ReportingPeriod period) {
        if (!period.closed()) {
            return text("periods.locked.notOpen", period.label());
        }
        return text(
                "periods.locked.closed",
                period.label(),
                officeTime.minute(period.closedAt()),
                period.closedBy(),
                Sentences.clause(period.closeReason()));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
