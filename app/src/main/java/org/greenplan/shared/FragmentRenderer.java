package org.greenplan.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a Thymeleaf template to a string through the current request, as the page's own
 * fragments are rendered (links carry the request's context path and go through the response's URL rewriting),
 * for HTML that a page keeps between requests and writes in as is. Not a bean: each user makes its own from the
 * template engine, so a web test slice that loads a controller advice needs nothing more.
 */
public class FragmentRenderer {
    private final ITemplateEngine templates;
    // built from the first request's servlet context, not injected: the command line starts the application
    // without a web server and so without a servlet context, and the beans using this must still be creatable there
    private volatile JakartaServletWebApplication application;

    /** @param templates the application's template engine */
    public FragmentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param template  the template's name, e.g. {@code navigation}
     * @param fragment  the fragment's selector in it, e.g. {@code links}
     * @param locale    the language to render in
     * @param variables the fragment's model (no null values)
     * @param request   the request being answered
     * @param response  its response
     * @return the fragment's HTML
     * @throws org.thymeleaf.exceptions.TemplateEngineException when the template or fragment fails to render
     */
    public String render(
            String template,
            String fragment,
            Locale locale,
            Map<String, Object> variables,
            HttpServletRequest request,
            HttpServletResponse response) {
        WebContext context = new WebContext(application(request).buildExchange(request, response), locale);
        context.setVariables(variables);
        return templates.process(template, Set.of(fragment), context);
    }

    private JakartaServletWebApplication application(HttpServletRequest request) {
        JakartaServletWebApplication built = application;
        if (built == null) {
            built = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = built;
        }
        return built;
    }
}
