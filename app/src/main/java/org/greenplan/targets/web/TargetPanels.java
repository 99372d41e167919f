package org.greenplan.targets.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenplan.periods.ReadingDates;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.targets.ParsedValue;
import org.greenplan.targets.ReportedValueParser;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Builds the targets panel and handles its two forms; the controller only maps requests here. */
@Component
class TargetPanels {
    private final TargetTracking tracking;
    private final MessageSource messages;

    private final ReadingDates readingDates;
    private final PlanCatalog catalog;

    TargetPanels(TargetTracking tracking, MessageSource messages, ReadingDates readingDates, PlanCatalog catalog) {
        this.tracking = tracking;
        this.messages = messages;
        this.readingDates = readingDates;
        this.catalog = catalog;
    }

    /** @param on the evaluation date, or null for the plan's reading date ({@link ReadingDates#ofPlan}) */
    PanelView show(long planId, long taskId, LocalDate on) {
        return panel(planId, taskId, on, null);
    }

    /** Records the value when it reads and is confirmed where doubtful; else echoes the form with its errors. */
    PanelView recordValue(long planId, long taskId, long targetId, LocalDate on, ValueForm form) {
        TrackedTarget target = tracking.evaluateTarget(planId, taskId, targetId, day(planId, on));
        ValueForm.Check check = form.check(target);
        if (!check.storable(form.confirmed())) {
            return panel(planId, taskId, on, CardState.valueNotSaved(targetId, form, check));
        }
        tracking.recordValue(
                planId,
                taskId,
                targetId,
                check.period().atDay(1),
                check.parsed().value(),
                check.parsed().approximate(),
                form.noteOrNull());
        String month = check.period().toString();
        FieldMessage notice =
                FieldMessage.of("target.record.saved", month, form.value().strip());
        return panel(planId, taskId, on, CardState.valueSaved(targetId, month, notice));
    }

    /**
     * Corrects the value counted for {@code period} when the new value reads (the same checks as a new
     * value; a doubtful one is refused here) and a reason is given; else shows the error under the entry.
     */
    PanelView correctValue(
            long planId, long taskId, long targetId, LocalDate on, LocalDate period, String value, String reason) {
        TrackedTarget target = tracking.evaluateTarget(planId, taskId, targetId, day(planId, on));
        ReportedValueParser parser = new ReportedValueParser(target.terms());
        ParsedValue parsed = parser.parse(value);
        FieldMessage problem = !parsed.isStorable(false)
                ? FieldMessage.of(parsed)
                : parser.rangeProblem(parsed.value()) != null
                        ? FieldMessage.of(parser.rangeProblem(parsed.value()), value.strip())
                        : reason == null || reason.isBlank() ? FieldMessage.of("target.fix.reasonRequired") : null;
        if (problem != null) {
            return panel(planId, taskId, on, CardState.fixRefused(targetId, period, problem));
        }
        tracking.correctValue(planId, taskId, targetId, period, parsed.value(), parsed.approximate(), reason);
        FieldMessage notice =
                FieldMessage.of("target.fix.corrected", YearMonth.from(period).toString(), value.strip());
        return panel(
                planId,
                taskId,
                on,
                CardState.valueSaved(targetId, YearMonth.from(period).toString(), notice));
    }

    /** Withdraws the value of {@code period} when a reason is given; else shows the error under the entry. */
    PanelView withdrawValue(long planId, long taskId, long targetId, LocalDate on, LocalDate period, String reason) {
        if (reason == null || reason.isBlank()) {
            return panel(
                    planId,
                    taskId,
                    on,
                    CardState.fixRefused(targetId, period, FieldMessage.of("target.fix.reasonRequired")));
        }
        tracking.withdrawValue(planId, taskId, targetId, period, reason);
        FieldMessage notice =
                FieldMessage.of("target.fix.withdrawn", YearMonth.from(period).toString());
        return panel(
                planId,
                taskId,
                on,
                CardState.valueSaved(targetId, YearMonth.from(period).toString(), notice));
    }

    /** Saves the settings when they read; else echoes the form with its errors. */
    PanelView saveSettings(long planId, long taskId, long targetId, LocalDate on, SettingsForm form) {
        TrackedTarget target = tracking.evaluateTarget(planId, taskId, targetId, day(planId, on));
        SettingsForm.Check check = form.check(target);
        if (check.settings() == null) {
            return panel(planId, taskId, on, CardState.settingsNotSaved(targetId, form, check.errors()));
        }
        try {
            tracking.saveSettings(planId, taskId, targetId, check.settings(), form.versionRead());
        } catch (OptimisticLockingFailureException e) {
            // keep what the user typed; the stored settings are shown by the evaluation above the form, and a
            // second save (now over the stored version) replaces them knowingly
            return panel(
                    planId,
                    taskId,
                    on,
                    CardState.settingsNotSaved(
                            targetId,
                            form.over(tracking.settingsVersion(targetId)),
                            Map.of("conflict", FieldMessage.of("target.settings.conflict"))));
        }
        return panel(planId, taskId, on, CardState.settingsSaved(targetId, FieldMessage.of("target.settings.saved")));
    }

    private PanelView panel(long planId, long taskId, LocalDate on, CardState state) {
        LocalDate day = day(planId, on);
        List<TargetCard> cards = tracking.evaluateTask(planId, taskId, day).stream()
                .map(t -> card(t, state != null && state.targetId() == t.id() ? state : null))
                .toList();
        return new PanelView(planId, taskId, day, on != null, cards);
    }

    private TargetCard card(TrackedTarget target, CardState state) {
        String month = defaultMonth(target);
        if (state == null) {
            return new TargetCard(
                    target,
                    ChartJson.of(target),
                    ValueForm.blank(month),
                    Map.of(),
                    null,
                    null,
                    SettingsForm.of(target.settings(), tracking.settingsVersion(target.id())),
                    Map.of(),
                    null);
        }
        return new TargetCard(
                target,
                ChartJson.of(target),
                state.valueForm() != null ? state.valueForm() : ValueForm.blank(month),
                texts(state.valueErrors()),
                text(state.confirmation()),
                text(state.valueNotice()),
                state.settingsForm() != null
                        ? state.settingsForm()
                        : SettingsForm.of(target.settings(), tracking.settingsVersion(target.id())),
                texts(state.settingsErrors()),
                text(state.settingsNotice()));
    }

    /** @return the evaluation month when it lies in the plan year, else December of the plan year */
    private static String defaultMonth(TrackedTarget target) {
        LocalDate on = target.evaluation().on();
        return on.getYear() == target.planYear() ? on.toString().substring(0, 7) : target.planYear() + "-12";
    }

    /** @return the date asked for, else the plan's reading date: the status panel beside it reads the same */
    private LocalDate day(long planId, LocalDate on) {
        if (on != null) {
            return on;
        }
        return catalog.plan(planId).map(readingDates::ofPlan).orElseGet(readingDates::today);
    }

    private Map<String, String> texts(Map<String, FieldMessage> byField) {
        Map<String, String> texts = new LinkedHashMap<>();
        byField.forEach((field, message) -> texts.put(field, text(message)));
        return texts;
    }

    private String text(FieldMessage message) {
        if (message == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(message.key(), message.arguments().toArray(), locale);
    }
}
