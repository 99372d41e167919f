package org.greenplan.plan.web;

import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.PlanStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 撤回: the office takes a published plan back, with a reason; it leaves the lists and keeps its history. */
@Controller
class PlanLifecycleController {
    private final PlanStore store;
    private final MessageSource messages;

    PlanLifecycleController(PlanStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @PostMapping("/plans/{planId}/withdraw")
    String processWithdraw(
            @PathVariable long planId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("error", message("withdraw.reasonRequired"));
            return "redirect:/plans/" + planId;
        }
        try {
            store.withdraw(planId, reason);
            redirect.addFlashAttribute("notice", message("withdraw.done"));
            return "redirect:/";
        } catch (PlanStateException notPublished) {
            redirect.addFlashAttribute("error", message("withdraw.notPublished"));
            return "redirect:/plans/" + planId;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
