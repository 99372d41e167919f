package org.greenplan.planimport.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.IssueView;
import org.greenplan.plan.view.OutlineEntry;
import org.greenplan.plan.view.UnitTaskCount;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * Fills the review page's model: the source lines with highlights, the parsed outline, issues (in the
 * reader's language), new units, and the names offered for a unit: those of the plan's region's directory (a
 * county's draft offers the county's units, whoever reviews it).
 */
final class ReviewPage {
    private ReviewPage() {}

    static void fill(
            Model model, PlanSummary plan, PlanCatalog catalog, UnitDirectory directory, MessageSource messages) {
        List<OutlineEntry> outline = catalog.outline(plan.id(), null);
        List<UnitTaskCount> units = catalog.units(plan.id());
        Locale locale = LocaleContextHolder.getLocale();
        List<IssueView> issues = catalog.issues(plan.id()).stream()
                .map(i -> i.withMessage(messages.getMessage(i, locale)))
                .toList();
        Set<String> printedNames = outline.stream()
                .filter(OutlineEntry::isTask)
                .flatMap(e -> e.task().units().stream())
                .map(AssignedUnit::printedName)
                .collect(Collectors.toSet());
        model.addAttribute("plan", plan);
        model.addAttribute(
                "sameTitle",
                catalog
                        .regionOf(plan.id())
                        .map(region -> catalog.plansLike(region, plan.title(), plan.issuedDate()))
                        .orElse(List.of())
                        .stream()
                        .filter(p -> p.id() != plan.id())
                        .toList());
        model.addAttribute("editable", !plan.published());
        model.addAttribute("outline", outline);
        model.addAttribute("taskCount", plan.taskCount());
        model.addAttribute("units", units);
        model.addAttribute(
                "newUnits", units.stream().filter(u -> !u.confirmed()).toList());
        // INFO notes are information only (README): listed apart, never counted as issues to check
        model.addAttribute("issues", issues.stream().filter(i -> !i.isNote()).toList());
        model.addAttribute("notes", issues.stream().filter(IssueView::isNote).toList());
        model.addAttribute(
                "unitNames",
                directory
                        .units(catalog.regionOf(plan.id()).orElseThrow(() -> NotFoundException.plan(plan.id())))
                        .stream()
                        .flatMap(u -> java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(u.name()), u.aliases().stream()))
                        .sorted()
                        .toList());
        model.addAttribute(
                "lines",
                SourceLines.of(
                        catalog.sourceText(plan.id()).orElse(""),
                        outline.stream()
                                .filter(OutlineEntry::isTask)
                                .map(OutlineEntry::task)
                                .toList(),
                        printedNames,
                        issues));
    }
}
