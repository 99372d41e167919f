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
        return views.forStatus(status(request), request);
    }

    /** htmx asks with any {@code Accept}: it gets the message fragment. */
    @RequestMapping(path = "/error", headers = "HX-Request")
    ModelAndView showErrorFragment(HttpServletRequest request) {
        return views.forStatus(status(request), request);
    }

    @RequestMapping(path = "/error")
    ResponseEntity<Map<String, Object>> showError(HttpServletRequest request) {
        HttpStatus status = status(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", views.messageFor(status.value()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
