package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Gives every page the layout's attributes: once the handler has named the template to render, each module's {@link
 * LayoutAttributes} adds its attributes to the model the template renders. An answer that is no page (JSON, a file:
 * the handler wrote the body, there is no view; a view object such as an error's JSON) and a redirect ask none. An
 * attribute the handler put into the model itself is kept.
 *
 * <p>An interceptor rather than a model advice: a model advice method ran on every request, JSON included, with a
 * handler object made anew and its arguments resolved by reflection, about a sixth of the dashboard data's request
 * time (issue 11). An exception handler's page ({@link ErrorPages}) is given them by its handler.
 */
@Component
class LayoutModel implements HandlerInterceptor {
    private final List<LayoutAttributes> parts;

    /** @param parts every module's layout attributes */
    LayoutModel(List<LayoutAttributes> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null) {
            addTo(view, request, response);
        }
    }

    /**
     * Adds the layout's attributes to the model of a template (an exception handler's page too, which no interceptor
     * sees); nothing to a view object or a redirect.
     */
    void addTo(ModelAndView view, HttpServletRequest request, HttpServletResponse response) {
        if (!rendersTemplate(view)) {
            return;
        }
        Actor reader = signedIn();
        Map<String, Object> added = new HashMap<>();
        for (LayoutAttributes part : parts) {
            part.addTo(added, reader, request, response);
        }
        Map<String, Object> model = view.getModelMap();
        added.forEach((name, value) -> {
            if (!model.containsKey(name)) {
                model.put(name, value);
            }
        });
    }

    /** @return the signed-in actor, as Spring Security's {@code @AuthenticationPrincipal} reads it; null when none */
    private static Actor signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof GreenPlanUser user
                ? user.actor()
                : null;
    }

    /**
     * @return whether the view is a template named by the handler; not a view object (the JSON of an error) nor a
     *         redirect, whose model would become the address's parameters
     */
    private static boolean rendersTemplate(ModelAndView view) {
        String name = view.getViewName();
        return name != null && !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
    }
}
