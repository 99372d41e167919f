package org.greenplan.accounts.admin.web;

import java.util.Arrays;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.admin.AccountRefusal;
import org.greenplan.accounts.admin.CreatedUser;
import org.greenplan.accounts.admin.UnitContacts;
import org.greenplan.accounts.admin.UserAdministration;
import org.greenplan.accounts.admin.UserFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's user pages (用户管理) under {@code /admin/users}. */
@Controller
class UserAdminController {
    private static final String FORM = "admin/user-form";
    private final UserAdministration users;
    private final UnitContacts units;

    UserAdminController(UserAdministration users, UnitContacts units) {
        this.users = users;
        this.units = units;
    }

    @GetMapping("/admin")
    String showAdmin() {
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users")
    String showUsers(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            Model model) {
        model.addAttribute("users", users.users(new UserFilter(unit, role, enabled)));
        model.addAttribute("filter", new UserFilter(unit, role, enabled));
        model.addAttribute("filterRoles", users.listedRoles());
        return withChoices(model, "admin/users");
    }

    @GetMapping("/admin/users/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new UserForm());
        return formWithChoices(model, users.grantableRoles());
    }

    @PostMapping("/admin/users")
    String processCreationForm(@ModelAttribute("form") UserForm form, BindingResult result, Model model) {
        try {
            model.addAttribute("created", users.create(form.draft()));
            return "admin/password";
        } catch (AccountRefusal refusal) {
            FormProblems.apply(refusal, result);
            return formWithChoices(model, users.grantableRoles());
        }
    }

    @GetMapping("/admin/users/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("user", users.user(id));
        model.addAttribute("form", UserForm.of(users.user(id)));
        return formWithChoices(model, users.grantableRoles(id));
    }

    @PostMapping("/admin/users/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.update(id, form.getVersion(), form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (AccountRefusal refusal) {
            FormProblems.apply(refusal, result);
            if (refusal.has("user.stale")) {
                form.setVersion(users.user(id).version());
                model.addAttribute("latest", users.user(id));
            }
            model.addAttribute("user", users.user(id));
            return formWithChoices(model, users.grantableRoles(id));
        }
    }

    @PostMapping("/admin/users/{id}/enable")
    String processEnable(@PathVariable long id, RedirectAttributes redirect) {
        return enabled(id, true, redirect);
    }

    @PostMapping("/admin/users/{id}/disable")
    String processDisable(@PathVariable long id, RedirectAttributes redirect) {
        return enabled(id, false, redirect);
    }

    @PostMapping("/admin/users/{id}/password")
    String processPasswordReset(@PathVariable long id, Model model) {
        CreatedUser reset = users.resetPassword(id);
        model.addAttribute("created", reset);
        model.addAttribute("reset", true);
        return "admin/password";
    }

    private String enabled(long id, boolean enabled, RedirectAttributes redirect) {
        try {
            String username = users.setEnabled(id, enabled).username();
            redirect.addFlashAttribute("done", enabled ? "admin.users.enabled" : "admin.users.disabled");
            redirect.addFlashAttribute("doneUser", username);
        } catch (AccountRefusal refusal) {
            redirect.addFlashAttribute("refusal", refusal.problems().get(0));
        }
        return "redirect:/admin/users";
    }

    private String withChoices(Model model, String view) {
        model.addAttribute("units", units.units());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return view;
    }

    /** The form offers only the roles the signed-in office may grant (the rule the service checks). */
    private String formWithChoices(Model model, java.util.List<Role> grantable) {
        model.addAttribute("units", units.units());
        model.addAttribute("roles", grantable);
        model.addAttribute("regionScoped", users.regionScoped());
        return FORM;
    }
}
