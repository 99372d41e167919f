package org.greenplan.notifications.web;

import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.notifications.Inbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout header the signed-in user's number of unread notifications ({@code unreadNotifications}). */
@ControllerAdvice
class UnreadCount {
    private final Inbox inbox;

    UnreadCount(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user) {
        return user == null ? null : inbox.unreadCount(user.actor());
    }
}
