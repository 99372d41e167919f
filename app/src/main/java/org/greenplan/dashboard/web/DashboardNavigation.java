package org.greenplan.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.greenplan.accounts.Role;
import org.springframework.stereotype.Component;

/** Tells the layout whether to show the 驾驶舱 (Dashboard) entry: to leaders and office admins. */
@Component
class DashboardNavigation implements LayoutAttributes {

    /** Adds {@code dashboardNavigation}. */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        model.put(
                "dashboardNavigation",
                reader != null && !reader.actingAs() && (reader.isOffice() || reader.has(Role.LEADER)));
    }
}
