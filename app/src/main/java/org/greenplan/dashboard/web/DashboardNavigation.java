package org.greenplan.dashboard.web;

import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the 驾驶舱 (Dashboard) entry: to leaders and office admins. */
@ControllerAdvice
class DashboardNavigation {

    @ModelAttribute("dashboardNavigation")
    boolean dashboardNavigation(@AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user) {
        return user != null
                && !user.actor().actingAs()
                && (user.actor().isOffice() || user.actor().has(Role.LEADER));
    }
}
