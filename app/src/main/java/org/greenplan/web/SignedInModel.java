package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts who is signed in into every page for the layout: {@code signedIn} (the {@link Actor}, null when
 * anonymous), while an office admin acts as a unit {@code actingAsName} for the banner, and {@code countyOffice}.
 */
@Component
class SignedInModel implements LayoutAttributes {
    // looked up once: asking the bean factory for it on every page cost about 1 % of a page's time
    private final SingletonSupplier<RegionScope> scope;

    SignedInModel(ObjectProvider<RegionScope> scope) {
        this.scope = SingletonSupplier.ofNullable(scope::getIfAvailable);
    }

    /**
     * Adds {@code signedIn}, {@code actingAsName} and {@code countyOffice}: whether the reader is a county or district
     * office, for pages that show the city-wide settings ({@link CityOfficeOnly}) read-only.
     */
    @Override
    public void addTo(
            Map<String, Object> model, Actor reader, HttpServletRequest request, HttpServletResponse response) {
        model.put("signedIn", reader);
        HttpSession session = request.getSession(false);
        model.put("actingAsName", session == null ? null : (String) session.getAttribute(ActAs.UNIT_NAME));
        RegionScope region = scope.get();
        model.put("countyOffice", region != null && region.scopedRegionId().isPresent());
    }
}
