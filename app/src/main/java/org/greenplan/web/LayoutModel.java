package org.greenplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one model advice of the layout: every {@link LayoutAttributes} bean adds its attributes to the model of a page,
 * and none is asked when the handler answers a body itself ({@code @ResponseBody}, {@code ResponseEntity}: JSON, a
 * file), whose answer shows no layout.
 */
@ControllerAdvice
class LayoutModel {
    private final List<LayoutAttributes> parts;

    /** @param parts every module's layout attributes */
    LayoutModel(List<LayoutAttributes> parts) {
        this.parts = List.copyOf(parts);
    }

    @ModelAttribute
    void addLayout(
            Model model,
            @AuthenticationPrincipal(errorOnInvalidType = false) GreenPlanUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!rendersPage(request)) {
            return;
        }
        for (LayoutAttributes part : parts) {
            part.addTo(model, user == null ? null : user.actor(), request, response);
        }
    }

    /** @return false for a handler answering a body itself ({@code @ResponseBody}, {@code ResponseEntity}) */
    static boolean rendersPage(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method)) {
            return true;
        }
        return !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }
}
