package org.greenplan.assessment.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs an assessment write for a controller and turns its outcome into a flash message in the reader's
 * language: the notice on success, the refusal's own text or the conflict notice otherwise.
 */
@Component
class Flash {
    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code write}; flashes {@code noticeKey} on success. Access and not-found errors propagate. */
    void run(RedirectAttributes redirect, String noticeKey, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, LocaleContextHolder.getLocale()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute(
                    "error", messages.getMessage("assessment.conflict", null, LocaleContextHolder.getLocale()));
        } catch (org.greenplan.assessment.AssessmentRefusal e) {
            redirect.addFlashAttribute("error", text(e));
        }
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }
}
