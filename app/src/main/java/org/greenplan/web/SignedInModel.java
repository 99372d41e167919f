package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts who is signed in into every page for the layout: {@code signedIn} (the {@link Actor}, null when
 * anonymous), while an office admin acts as a unit {@code actingAsName} for the banner, and {@code countyOffice}.
 */
@ControllerAdvice
class SignedInModel {
    private final ObjectProvider<RegionScope> scope;

    SignedInModel(ObjectProvider<RegionScope> scope) {
        this.scope = scope;
    }

    /**
     * @return whether the reader is a county or district office, for pages that show the city-wide settings
     *         ({@link CityOfficeOnly}) read-only
     */
    @ModelAttribute("countyOffice")
    boolean countyOffice() {
        RegionScope region = scope.getIfAvailable();
        return region != null && region.scopedRegionId().isPresent();
    }

    @ModelAttribute("signedIn")
    Actor signedIn(@AuthenticationPrincipal Object principal) {
        return principal instanceof GreenPlanUser user ? user.actor() : null;
    }

    @ModelAttribute("actingAsName")
    String actingAsName(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(ActAs.UNIT_NAME);
    }
}
