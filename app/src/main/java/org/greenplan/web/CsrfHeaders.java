package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Puts the CSRF token into every page as the JSON of htmx's {@code hx-headers} (set on the body, so
 * every htmx request sends it); plain forms get it from Thymeleaf as a hidden field.
 *
 * <p>The object has one member, header name to token, each quoted by Jackson's {@link JsonStringEncoder}: an object
 * mapper's writer (generator, buffers, serialisation context) cost about 4 % of a page's request time (issue 11).
 */
@Component
class CsrfHeaders implements LayoutAttributes {
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    /** Adds {@code csrfHeaders}. */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.put("csrfHeaders", token == null ? "{}" : json(token.getHeaderName(), token.getToken()));
    }

    /** @return {@code {"name":"value"}}, both quoted as JSON strings */
    static String json(String name, String value) {
        StringBuilder json = new StringBuilder(name.length() + value.length() + 8).append("{\"");
        QUOTE.quoteAsString(name, json);
        json.append("\":\"");
        QUOTE.quoteAsString(value, json);
        return json.append("\"}").toString();
    }
}
