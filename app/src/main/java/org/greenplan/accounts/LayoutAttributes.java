package org.greenplan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * What a module puts into the model of every page for the layout: the header's and navigation's entries for the
 * signed-in reader, banners, the CSRF header of htmx requests. The web shell's one model advice asks each such bean
 * once per page, and not at all for an answer
 * that is no page (JSON, a file). The attributes of two beans are independent of each other. A model advice per attribute cost every request, JSON included, a reflective call
 * with its argument resolution and a handler object made anew, about a sixth of the dashboard data's request time
 * (issue 11).
 */
public interface LayoutAttributes {
    /**
     * @param model    the page's model, to add attributes to (an attribute a page needs is never read from it here)
     * @param reader   the signed-in actor, or null for an anonymous page (the login page, an error page)
     * @param request  the page's request
     * @param response the page's response, for what renders a fragment now
     */
    void addTo(Model model, Actor reader, HttpServletRequest request, HttpServletResponse response);
}
