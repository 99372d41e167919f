package org.greenplan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.PasswordChanges;
import org.greenplan.accounts.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: the signed-in user changes their own password (policy in {@link PasswordChanges}). */
@Controller
class PasswordController {
    private final PasswordChanges changes;
    private final MessageSource messages;

    PasswordController(PasswordChanges changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping("/password")
    String showPasswordForm(@AuthenticationPrincipal GreenPlanUser user, Model model) {
        model.addAttribute("mustChange", user != null && user.mustChangePassword());
        model.addAttribute("fieldErrors", Map.of());
        return "accounts/password";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal GreenPlanUser user,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "") String repeated,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PasswordChanges.Outcome outcome = changes.change(
                user.getUsername(),
                current,
                next,
                repeated,
                request.getSession().getId());
        if (!outcome.changed()) {
            Map<String, String> errors = new LinkedHashMap<>();
            outcome.problems()
                    .forEach(p -> errors.putIfAbsent(
                            p.field(),
                            messages.getMessage(
                                    p.messageKey(), p.arguments().toArray(), LocaleContextHolder.getLocale())));
            model.addAttribute("mustChange", user.mustChangePassword());
            model.addAttribute("fieldErrors", errors);
            return "accounts/password";
        }
        // the change ended the account's other sessions and raised its sign-in version: this one goes on at the new one
        SignedIn.replace(user.replacedBy(user.actor(), outcome.signInVersion()), request, response);
        redirect.addFlashAttribute(
                "notice", messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
        return "redirect:/password";
    }
}
