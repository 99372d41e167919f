package org.greenplan.notifications.web;

import java.util.Locale;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.notifications.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's inbox (站内通知) at {@code /notifications}: newest first, unread ones marked; opening
 * one marks it read and follows its link; {@code 全部标为已读}. Only the user's own entries are reachable. Notices
 * read in the page's language.
 */
@Controller
class InboxController {
    private static final int PAGE = 200;
    private final Inbox inbox;
    private final CurrentActor currentActor;

    InboxController(Inbox inbox, CurrentActor currentActor) {
        this.inbox = inbox;
        this.currentActor = currentActor;
    }

    @GetMapping("/notifications")
    String showInbox(@RequestParam(defaultValue = "false") boolean unread, Locale locale, Model model) {
        model.addAttribute("entries", inbox.of(currentActor.require(), unread, PAGE, locale));
        model.addAttribute("unreadOnly", unread);
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{entryId}/read")
    String processRead(@PathVariable long entryId, @RequestParam(defaultValue = "false") boolean follow) {
        String link = inbox.markRead(currentActor.require(), entryId);
        return "redirect:" + (follow && link != null && link.startsWith("/") ? link : "/notifications");
    }

    @PostMapping("/notifications/read")
    String processReadAll() {
        inbox.markAllRead(currentActor.require());
        return "redirect:/notifications";
    }
}
