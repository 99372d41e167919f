package org.greenplan.closeout.web;

import java.util.function.Supplier;
import org.greenplan.closeout.CloseoutRefusal;
import org.greenplan.plan.PlanStateException;
import org.greenplan.progress.AttachmentRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a write for a controller and turns its outcome into a flash message in the reader's language: the
 * notice on success, the refusal's own text otherwise (what was refused and why). A missing task or a
 * forbidden one is not caught: it answers 404 or 403.
 */
@Component
class CloseoutFlash {
    private final MessageSource messages;

    CloseoutFlash(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code write}; on success flashes {@code noticeKey} with the write's result as argument. */
    boolean run(RedirectAttributes redirect, String noticeKey, Supplier<?> write) {
        try {
            Object result = write.get();
            redirect.addFlashAttribute("notice", text(noticeKey, result));
            return true;
        } catch (CloseoutRefusal | AttachmentRefusedException | PlanStateException e) {
            redirect.addFlashAttribute("error", text(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("closeout.conflict"));
        }
        return false;
    }

    private String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
