package org.greenplan.notifications.web;

import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.notifications.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout header the signed-in user's number of unread notifications ({@code unreadNotifications}).
 * The inbox is optional because every page's advice is loaded in web slice tests too, where no service is.
 */
@ControllerAdvice
class UnreadCount {
    private final ObjectProvider<Inbox> inbox;

    UnreadCount(ObjectProvider<Inbox> inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user) {
        Inbox available = inbox.getIfAvailable();
        return user == null || available == null ? null : available.unreadCount(user.actor());
    }
}
