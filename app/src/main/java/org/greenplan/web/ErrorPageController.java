package org.greenplan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's: whatever failed (a 403
 * from security, a 405, a 500 from an exception nobody handled), the reader gets a page or an htmx
 * fragment in their language, or for API clients a small JSON body; never the exception's text.
 */
@Controller
class ErrorPageController implements ErrorController {
    private final ErrorViews views;

    ErrorPageController(MessageSource messages) {
        this.views = new ErrorViews(messages);
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView showErrorPage(HttpServletRequest request) {
        return views.withMessage(status(request), message(request), request);
    }

    /** htmx asks with any {@code Accept}: it gets the message fragment. */
    @RequestMapping(path = "/error", headers = "HX-Request")
    ModelAndView showErrorFragment(HttpServletRequest request) {
        return views.withMessage(status(request), message(request), request);
    }

    @RequestMapping(path = "/error")
    ResponseEntity<Map<String, Object>> showError(HttpServletRequest request) {
        HttpStatus status = status(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** A direct visit to {@code /error} (no failure forwarded here) is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /**
     * A 403 for a missing or stale CSRF token is not a missing permission: the form was opened before
     * the session changed (signed out, expired), so the reader is told to reload it.
     */
    private String message(HttpServletRequest request) {
        if (request.getAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403)
                instanceof org.springframework.security.web.csrf.CsrfException) {
            return views.text("error.csrf");
        }
        return views.messageFor(status(request).value());
    }
}
