package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Builds every error page GreenPlan shows: a full page, or for an htmx request only the message
 * fragment, in the reader's language. The message comes from the bundles by status
 * ({@code error.status.400} …) or is given by the caller; it never holds an exception's text, a class
 * name, SQL or a stack trace (those go to the log). A handler that answers JSON only (its mapping {@code produces}
 * {@code application/json}, as the dashboard's data does) gets its errors as the JSON of {@code /error}: {@code
 * {"status": 404, "message": "…"}}, whatever the request accepts. Made by the error advice and the error page
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
        ModelAndView view = answersJsonOnly(request)
                ? new ModelAndView(new JacksonJsonView())
                : new ModelAndView(htmx ? "error :: message" : "error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        return view;
    }

    /** @return whether the request's handler produces JSON and nothing a page could be shown in */
    private static boolean answersJsonOnly(HttpServletRequest request) {
        if (request == null
                || !(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
                        instanceof HandlerMethod handler)) {
            return false;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null
                && mapping.produces().length > 0
                && Arrays.stream(mapping.produces())
                        .map(MediaType::parseMediaType)
                        .allMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
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
