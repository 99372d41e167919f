package org.greenplan.progress.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportConflictException;
import org.greenplan.progress.ReportInvalidException;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportProblem;
import org.springframework.stereotype.Component;

/**
 * Builds report pages and runs the unit's form actions: a refused action comes back as the page with
 * the user's input as typed and the reason, so nothing typed is lost.
 */
@Component
class ReportPages {
    private final ProgressReports reports;
    private final ReportMessages messages;

    ReportPages(ProgressReports reports, ReportMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    ReportPage show(Actor actor, ReportKey key, String notice) {
        var sheet = reports.open(actor, key);
        return new ReportPage(sheet, ReportForm.of(sheet.report()), Map.of(), Set.of(), notice, null);
    }

    ReportPage show(Actor actor, long reportId, String notice, String error) {
        var sheet = reports.show(actor, reportId);
        return new ReportPage(sheet, ReportForm.of(sheet.report()), Map.of(), Set.of(), notice, error);
    }

    /** Saves the draft, or echoes the form with what is wrong. */
    ReportPage save(Actor actor, ReportKey key, ReportForm form) {
        return attempt(
                actor,
                key,
                form,
                () -> reports.saveDraft(actor, key, form.input(), form.rowVersion()),
                "progress.notice.saved");
    }

    /** Saves and submits, or echoes the form with what is wrong. */
    ReportPage submit(Actor actor, ReportKey key, ReportForm form) {
        return attempt(
                actor,
                key,
                form,
                () -> reports.submit(actor, key, form.input(), form.rowVersion()),
                "progress.notice.submitted");
    }

    private ReportPage attempt(
            Actor actor, ReportKey key, ReportForm form, Supplier<ProgressReport> action, String noticeKey) {
        try {
            ProgressReport saved = action.get();
            return show(actor, saved.key(), messages.text(noticeKey, saved.submission()));
        } catch (ReportInvalidException e) {
            return echo(actor, key, form, messages.fields(e), confirmable(e), messages.text(e));
        } catch (ReportConflictException e) {
            return echo(actor, key, form, Map.of(), Set.of(), messages.text(e));
        } catch (ReportProblem e) {
            return echo(actor, key, form, Map.of(), Set.of(), messages.text(e));
        } catch (PeriodLockedException e) {
            return echo(actor, key, form, Map.of(), Set.of(), messages.locked(e));
        }
    }

    private static Set<String> confirmable(ReportInvalidException e) {
        return e.problems().entrySet().stream()
                .filter(p -> p.getValue().confirmable())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private ReportPage echo(
            Actor actor,
            ReportKey key,
            ReportForm form,
            Map<String, String> errors,
            Set<String> confirmable,
            String error) {
        return new ReportPage(reports.open(actor, key), form, errors, confirmable, null, error);
    }
}
