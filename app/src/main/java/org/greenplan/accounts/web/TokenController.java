package org.greenplan.accounts.web;

import java.time.Duration;
import org.greenplan.accounts.ApiTokens;
import org.greenplan.accounts.GreenPlanUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 访问令牌: the signed-in user's personal API tokens. A new token is shown once, on the page after it
 * is created; the list shows names and dates only.
 */
@Controller
class TokenController {
    private final ApiTokens tokens;
    private final MessageSource messages;

    TokenController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/tokens")
    String showTokens(@AuthenticationPrincipal GreenPlanUser user, Model model) {
        model.addAttribute("tokens", tokens.active(user.actor().userId()));
        model.addAttribute("maxDays", ApiTokens.MAX_VALIDITY.toDays());
        return "accounts/tokens";
    }

    @PostMapping("/tokens")
    String createToken(
            @AuthenticationPrincipal GreenPlanUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") long days,
            RedirectAttributes redirect) {
        if (name.isBlank() || days < 1 || days > ApiTokens.MAX_VALIDITY.toDays()) {
            redirect.addFlashAttribute("error", message("tokens.error.invalid"));
            return "redirect:/tokens";
        }
        redirect.addFlashAttribute("issued", tokens.create(user.actor().userId(), name, Duration.ofDays(days)));
        return "redirect:/tokens";
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(
            @AuthenticationPrincipal GreenPlanUser user, @PathVariable long tokenId, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice",
                message(tokens.revoke(user.actor().userId(), tokenId) ? "tokens.revoked" : "tokens.error.unknown"));
        return "redirect:/tokens";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
