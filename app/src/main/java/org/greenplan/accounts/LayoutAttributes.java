package org.greenplan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * What a module puts into the model of every page for the layout: the header's and navigation's entries for the
 * signed-in reader, banners, the CSRF header of htmx requests. The web shell asks each such bean once per page, when
 * its handler has chosen the view, and not at all for an answer
 * that is no page (JSON, a file) or a redirect. The attributes of two beans are independent of each other.
 */
public interface LayoutAttributes {
    /**
     * @param model    the attributes to add to the page's model (one the handler put there itself is kept)
     * @param reader   the signed-in actor, or null for an anonymous page (the login page, an error page)
     * @param request  the page's request
     * @param response the page's response, for what renders a fragment now
     */
    void addTo(Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response);
}
