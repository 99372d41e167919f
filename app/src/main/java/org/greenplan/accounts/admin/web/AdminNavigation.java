package org.greenplan.accounts.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.stereotype.Component;

/** Tells the layout whether to show the 管理 (Admin) entry: only to an office admin, not while acting as a unit. */
@Component
class AdminNavigation implements LayoutAttributes {

    /** Adds {@code adminNavigation}. */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        model.put("adminNavigation", reader != null && reader.isOffice());
    }
}
