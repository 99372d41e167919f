package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds every error page GreenPlan shows: a full page, or for an htmx request only the message
 * fragment, in the reader's language. The message comes from the bundles by status
 * ({@code error.status.400} …) or is given by the caller; it never holds an exception's text, a class
 * name, SQL or a stack trace (those go to the log). Made by the error advice and the error page
 * controller from the message bundles (not a bean, so web slice tests need nothing more).
 */
final class ErrorViews {
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 409, 413, 500);

    private final MessageSource messages;

    ErrorViews(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param status  the response status
     * @param request the request that failed (an {@code HX-Request} header selects the fragment)
     * @return the error view with the bundle's message for {@code status}
     */
    ModelAndView forStatus(HttpStatus status, HttpServletRequest request) {
        return withMessage(status, messageFor(status.value()), request);
    }

    /**
     * @param status  the response status
     * @param message the message to show, already in the reader's language
     * @param request the request that failed
     * @return the error view showing {@code message}
     */
    ModelAndView withMessage(HttpStatus status, String message, HttpServletRequest request) {
        boolean htmx = request != null && request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "error :: message" : "error", status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        return view;
    }

    /** @return the bundle's message for {@code key}, in the current locale */
    String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** @return the bundle's message for an HTTP status, in the current locale */
    String messageFor(int status) {
        String key = KNOWN.contains(status) ? "error.status." + status : "error.generic";
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
