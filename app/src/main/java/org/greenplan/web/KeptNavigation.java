package org.greenplan.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.greenplan.accounts.Role;
import org.greenplan.shared.FragmentRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;

/**
 * The layout's navigation links (template {@code navigation :: links}), rendered once per {@link Key} and kept:
 * every page showed the same dozen links with their conditions, addresses and messages evaluated per request,
 * while they depend only on what the reader may open, the language and the context path (issue 11).
 *
 * <p>The key is computed from everything the fragment reads: the fragment reads only the key (no model variable,
 * no person's name, count, token or form), so two requests with equal keys get equal HTML. Nothing needs
 * invalidating: templates and message bundles are fixed while the application runs; with the template cache off
 * ({@code spring.thymeleaf.cache=false}, editing templates) nothing is kept. At most {@link #KEYS} keys are kept (a
 * forged language cookie makes new keys).
 *
 * <p>The layout asks {@code ${navigation.html(dashboardNavigation, adminNavigation)}}: those two flags come from the
 * modules owning the pages they link to ({@code dashboard}, {@code accounts.admin}). A page rendered without this
 * model (the error page of a database failure, an exception handler in another module) falls back to rendering the
 * fragment without a key, which shows the anonymous links.
 */
@Component
class KeptNavigation implements LayoutAttributes {
    static final String TEMPLATE = "navigation";
    static final int KEYS = 256;

    private final Cache<Key, String> rendered =
            Caffeine.newBuilder().maximumSize(KEYS).build();
    private final FragmentRenderer fragments;
    private final boolean keep;

    KeptNavigation(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.fragments = new FragmentRenderer(templates);
        this.keep = keep;
    }

    /**
     * What the reader may open, as far as the navigation shows it. Derived from the current layout's conditions:
     *
     * @param locale      the page's language
     * @param contextPath the application's context path, part of every link
     * @param unitHome    a unit's own user (not an office acting as one): the brand links to {@code /my}, and the
     *                    plan and unit pages are not offered
     * @param workspace   the reader speaks for a unit ({@code /my})
     * @param dashboard   the dashboard entry ({@code dashboard} module's rule)
     * @param admin       the office's entries: review, briefings, reminders, admin ({@code accounts.admin}'s rule)
     * @param leaderBriefings a leader's briefings, when the office's are not shown
     * @param closeouts   the close-out list's address, null when no one is signed in
     */
    record Key(
            Locale locale,
            String contextPath,
            boolean unitHome,
            boolean workspace,
            boolean dashboard,
            boolean admin,
            boolean leaderBriefings,
            String closeouts) {
        static Key of(Actor actor, boolean dashboard, boolean admin, Locale locale, String contextPath) {
            if (actor == null) {
                return new Key(locale, contextPath, false, false, dashboard, admin, false, null);
            }
            boolean unit = actor.unitId() != null;
            String closeouts = unit ? "/my/closeouts" : actor.isOffice() ? "/office/closeouts" : "/leader/closeouts";
            return new Key(
                    locale,
                    contextPath,
                    unit && !actor.actingAs(),
                    unit,
                    dashboard,
                    admin,
                    !admin && actor.has(Role.LEADER),
                    closeouts);
        }
    }

    /** Adds {@code navigation}: the per-request handle the layout renders the links through. */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        model.put("navigation", new Links(this, reader, RequestContextUtils.getLocale(request), request, response));
    }

    /** The navigation of one request. */
    record Links(
            KeptNavigation kept, Actor actor, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        /**
         * @param dashboard the layout's {@code dashboardNavigation} (null: false)
         * @param admin     the layout's {@code adminNavigation} (null: false)
         * @return the navigation's HTML (brand and links) for this reader
         */
        public String html(Boolean dashboard, Boolean admin) {
            Key key = Key.of(
                    actor,
                    Boolean.TRUE.equals(dashboard),
                    Boolean.TRUE.equals(admin),
                    locale,
                    request.getContextPath());
            return kept.html(key, request, response);
        }
    }

    String html(Key key, HttpServletRequest request, HttpServletResponse response) {
        if (!keep) {
            return render(key, request, response);
        }
        return rendered.get(key, k -> render(k, request, response));
    }

    private String render(Key key, HttpServletRequest request, HttpServletResponse response) {
        return fragments.render(TEMPLATE, "links", key.locale(), Map.of("nav", key), request, response);
    }

    /** Drops the kept links (for tests). */
    void forget() {
        rendered.invalidateAll();
    }
}
