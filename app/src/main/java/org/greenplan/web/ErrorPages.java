package org.greenplan.web;

import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Turns missing records and oversized uploads into friendly pages with the right status. */
@ControllerAdvice
class ErrorPages {
    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e) {
        return page(
                HttpStatus.NOT_FOUND,
                e instanceof MessageSourceResolvable known
                        ? messages.getMessage(known, LocaleContextHolder.getLocale())
                        : message("error.notFound"));
    }

    /** A form field that names no property we have (units[99999].name…): a bad request, not a crash. */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    ModelAndView badForm() {
        return page(HttpStatus.BAD_REQUEST, message("error.generic"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, message("error.tooLarge"));
    }

    private ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("message", message);
        return view;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
