package org.greenplan.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.notifications.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Gives the layout header the signed-in user's number of unread notifications ({@code unreadNotifications}).
 * The inbox is optional because every page's advice is loaded in web slice tests too, where no service is.
 *
 * <p>The count is a lazy variable ({@link LazyContextVariable}): it is read from the database only when the
 * rendered template asks for it (the layout's header, the inbox), never for an htmx fragment or a page that does
 * not show it, and at most once per request.
 */
@ControllerAdvice
class UnreadCount {
    private final ObjectProvider<Inbox> inbox;

    UnreadCount(ObjectProvider<Inbox> inbox) {
        this.inbox = inbox;
    }

    /**
     * @return the count for a page, read when the template first asks; null for an answer that is no page (JSON, a
     *         file), which shows no header
     */
    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unreadNotifications(
            @AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user, HttpServletRequest request) {
        Inbox available = inbox.getIfAvailable();
        if (user == null || available == null || !rendersPage(request)) {
            return null;
        }
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return available.unreadCount(user.actor());
            }
        };
    }

    /** @return false for a handler answering a body itself ({@code @ResponseBody}, {@code ResponseEntity}) */
    private static boolean rendersPage(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method)) {
            return true;
        }
        return !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }
}
