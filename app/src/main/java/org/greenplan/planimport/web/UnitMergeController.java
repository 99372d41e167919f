package org.greenplan.planimport.web;

import org.greenplan.planimport.UnitMerge;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The units page's 合并到: folds a unit an import created into the directory unit it really is. */
@Controller
class UnitMergeController {
    private final UnitMerge merge;
    private final MessageSource messages;

    UnitMergeController(UnitMerge merge, MessageSource messages) {
        this.merge = merge;
        this.messages = messages;
    }

    @PostMapping("/units/{unitId}/merge")
    String processMerge(@PathVariable long unitId, @RequestParam long into, RedirectAttributes redirect) {
        try {
            merge.merge(unitId, into);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("units.merged", null, LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute(
                    "error", messages.getMessage("units.merge.refused", null, LocaleContextHolder.getLocale()));
        } catch (IllegalStateException confirmed) {
            redirect.addFlashAttribute(
                    "error", messages.getMessage("units.merge.confirmed", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/units";
    }
}
