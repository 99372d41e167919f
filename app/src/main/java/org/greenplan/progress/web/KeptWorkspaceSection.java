package org.greenplan.progress.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greenplan.progress.UnitWorkspace.Workspace;
import org.greenplan.shared.FragmentRenderer;
import org.greenplan.shared.PeriodNames;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * The rendered HTML of a unit's part of {@code /my} (plans to acknowledge and tasks due, template {@code
 * progress/workspace-due :: due}), kept beside the kept answer it was rendered from, one per language.
 *
 * <p>The HTML is a function of the answer and the language only: it holds nothing of the person asking (the
 * page's layout renders name, unread notices and CSRF token per request) and no form. It is kept by the
 * answer's <em>identity</em> (Caffeine's weak keys): {@code UnitWorkspace.of} returns the same answer object
 * while nothing it shows changed and a new one after any change, so a kept section is never older than the
 * answer, and it goes with its answer when the workspace cache evicts that. At most {@link #LANGUAGES}
 * languages are kept per answer (a forged language cookie renders, but is not kept).
 */
@Component
class KeptWorkspaceSection {
    static final String TEMPLATE = "progress/workspace-due";
    static final int LANGUAGES = 4;

    private final Cache<Workspace, Map<Locale, String>> rendered =
            Caffeine.newBuilder().weakKeys().build();
    private final FragmentRenderer fragments;
    private final PeriodNames periodNames;

    KeptWorkspaceSection(ITemplateEngine templates, PeriodNames periodNames) {
        this.fragments = new FragmentRenderer(templates);
        this.periodNames = periodNames;
    }

    /**
     * @return the section's HTML for the answer in the locale, rendered now when this node keeps none (links are
     *         written through this request, as the page's own are)
     */
    String html(Workspace answer, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Map<Locale, String> languages = rendered.get(answer, a -> new ConcurrentHashMap<>());
        String kept = languages.get(locale);
        if (kept != null) {
            return kept;
        }
        String html = render(answer, locale, request, response);
        if (languages.size() < LANGUAGES) {
            languages.putIfAbsent(locale, html);
        }
        return html;
    }

    private String render(Workspace answer, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return fragments.render(
                TEMPLATE,
                "due",
                locale,
                // passed in rather than looked up as a bean: a fragment rendered here has no bean resolver
                Map.of("items", answer.due(), "unacknowledged", answer.unacknowledged(), "periodNames", periodNames),
                request,
                response);
    }

    /** Drops the kept sections (for tests). */
    void forget() {
        rendered.invalidateAll();
    }
}
