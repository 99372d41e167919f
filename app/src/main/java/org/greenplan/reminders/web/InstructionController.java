package org.greenplan.reminders.web;

import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.accounts.Role;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.reminders.InstructionInvalidException;
import org.greenplan.reminders.Instructions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批示: the task page loads the task's 批示 (and, for a leader, the form) from
 * {@code /leader/plans/{planId}/tasks/{taskId}/instructions}; a leader posts one there. A unit reads the 批示
 * on its tasks at {@code /my/instructions} (the workspace shows the latest).
 */
@Controller
class InstructionController {
    private static final int UNIT_PAGE = 100;
    static final int RECENT = 5;
    private final Instructions instructions;
    private final PlanCatalog plans;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    InstructionController(
            Instructions instructions, PlanCatalog plans, CurrentActor currentActor, MessageSource messages) {
        this.instructions = instructions;
        this.plans = plans;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/leader/plans/{planId}/tasks/{taskId}/instructions")
    String showTaskInstructions(@PathVariable long planId, @PathVariable long taskId, Model model) {
        plans.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        model.addAttribute("planId", planId);
        model.addAttribute("taskId", taskId);
        model.addAttribute("instructions", instructions.ofTask(planId, taskId));
        model.addAttribute("canWrite", currentActor.require().has(Role.LEADER));
        model.addAttribute("maxLength", Instructions.MAX_LENGTH);
        return "reminders/task-instructions :: instructions";
    }

    @PostMapping("/leader/plans/{planId}/tasks/{taskId}/instructions")
    String processInstruction(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        if (!actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " is not a leader");
        }
        try {
            instructions.write(actor, planId, taskId, text);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("reminders.instruction.saved", null, LocaleContextHolder.getLocale()));
        } catch (InstructionInvalidException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/plans/" + planId + "/tasks/" + taskId;
    }

    @GetMapping("/my/instructions")
    String showUnitInstructions(Model model) {
        model.addAttribute("instructions", instructions.ofUnit(ownUnit(), UNIT_PAGE));
        return "reminders/my-instructions";
    }

    private long ownUnit() {
        Actor actor = currentActor.require();
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return actor.unitId();
    }
}
