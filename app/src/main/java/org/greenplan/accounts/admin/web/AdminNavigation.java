package org.greenplan.accounts.admin.web;

import org.greenplan.accounts.GreenPlanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the 管理 (Admin) entry: only to an office admin, not while acting as a unit. */
@ControllerAdvice
class AdminNavigation {

    @ModelAttribute("adminNavigation")
    boolean adminNavigation(@AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user) {
        return user != null && user.actor().isOffice();
    }
}
