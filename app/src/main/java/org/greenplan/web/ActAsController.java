package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starts and stops 代为操作 (an office admin acting as a unit); see {@link ActAs}. */
@Controller
class ActAsController {
    private final ActAs actAs;
    private final MessageSource messages;

    ActAsController(ActAs actAs, MessageSource messages) {
        this.actAs = actAs;
        this.messages = messages;
    }

    @PostMapping("/admin/act-as/{unitId}")
    String start(
            @PathVariable long unitId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal GreenPlanUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("error", message("actAs.reasonRequired"));
            return "redirect:/";
        }
        if (user.actor().actingAs()) {
            redirect.addFlashAttribute("error", message("actAs.alreadyActing"));
            return "redirect:/";
        }
        String name = actAs.start(user.actor(), unitId, reason.strip());
        SignedIn.replace(user.replacedBy(user.actor().actingAs(unitId)), request, response);
        request.getSession().setAttribute(ActAs.UNIT_NAME, name);
        return "redirect:/";
    }

    @PostMapping("/admin/act-as/stop")
    String stop(@AuthenticationPrincipal GreenPlanUser user, HttpServletRequest request, HttpServletResponse response) {
        if (user.actor().actingAs()) {
            actAs.stop(user.actor());
            SignedIn.replace(user.replacedBy(user.actor().stopActing()), request, response);
            request.getSession().removeAttribute(ActAs.UNIT_NAME);
        }
        return "redirect:/";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
