package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the CSRF token into every page as the JSON of htmx's {@code hx-headers} (set on the body, so
 * every htmx request sends it); plain forms get it from Thymeleaf as a hidden field.
 */
@ControllerAdvice
class CsrfHeaders {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ModelAttribute("csrfHeaders")
    String csrfHeaders(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "{}" : JSON.writeValueAsString(Map.of(token.getHeaderName(), token.getToken()));
    }
}
