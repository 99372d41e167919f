package org.greenplan.accounts.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Tells the layout whether to show the 管理 (Admin) entry: only to an office admin, not while acting as a unit. */
@Component
class AdminNavigation implements LayoutAttributes {

    /** Adds {@code adminNavigation}. */
    @Override
    public void addTo(Model model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("adminNavigation", reader != null && reader.isOffice());
    }
}
