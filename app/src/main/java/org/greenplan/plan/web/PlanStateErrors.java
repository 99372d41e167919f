package org.greenplan.plan.web;

import org.greenplan.plan.PlanStateException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A state change the plan's state does not allow (correcting a published plan): the error page with
 * status 409 and the reason in the reader's language.
 */
@ControllerAdvice
class PlanStateErrors {
    private final MessageSource messages;

    PlanStateErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanStateException.class)
    ModelAndView conflict(PlanStateException refused) {
        ModelAndView view = new ModelAndView("error", HttpStatus.CONFLICT);
        view.addObject("message", messages.getMessage(refused, LocaleContextHolder.getLocale()));
        return view;
    }
}
