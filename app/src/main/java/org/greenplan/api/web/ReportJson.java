package org.greenplan.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.greenplan.progress.Attachment;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ReportContent;
import org.greenplan.progress.ReportSheet;
import org.greenplan.progress.ReportValue;
import org.greenplan.progress.ReportVersion;
import org.greenplan.progress.Stamp;

/** The JSON shapes of progress reports, their requests and attachments. */
final class ReportJson {
    private ReportJson() {}

    /**
     * A draft or a submission as sent: the three texts, completion in percent (0–100, qualitative tasks),
     * one value per target as typed, and the {@code version} the caller read (0 for a report not saved yet).
     */
    record ReportRequest(
            String progress,
            String problems,
            String nextSteps,
            Integer completionPercent,
            List<ValueRequest> values,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version) {

        /** @return true when only the version was sent (a submission of what is stored) */
        boolean versionOnly() {
            return progress == null
                    && problems == null
                    && nextSteps == null
                    && completionPercent == null
                    && values == null;
        }
    }

    /**
     * One target's value as typed ({@code 88.5}, {@code 约92%}); {@code confirmed} accepts a doubtful
     * reading (0.92 against ≥ 92 %).
     */
    record ValueRequest(Long targetId, String value, Boolean confirmed) {}

    /** An office decision: the version read and, for a return, the reason. */
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version,

            String reason) {}

    /** A report with its state, version (send it back with every write), content, history and files. */
    record Report(
            long id,
            long planId,
            long taskId,
            String taskNumber,
            long unitId,
            String unitName,
            long periodId,
            String periodLabel,
            String state,
            int version,
            int submission,
            String progress,
            String problems,
            String nextSteps,
            Integer completionPercent,
            List<Value> values,
            String returnReason,
            List<Submission> history,
            List<File> attachments) {

        static Report of(ReportSheet sheet) {
            ProgressReport r = sheet.report();
            ReportContent c = r.content();
            return new Report(
                    r.id(),
                    r.planId(),
                    r.key().taskId(),
                    sheet.task().number(),
                    r.key().unitId(),
                    sheet.unitName(),
                    r.key().periodId(),
                    sheet.period().label(),
                    r.state().name(),
                    r.rowVersion(),
                    r.submission(),
                    c.progress(),
                    c.problems(),
                    c.nextSteps(),
                    c.completion(),
                    c.values().stream().map(Value::of).toList(),
                    r.returnReason(),
                    sheet.history().stream().map(Submission::of).toList(),
                    sheet.attachments().stream().map(File::of).toList());
        }
    }

    /** A stored value: as typed, as read in the target's unit, and whether it was marked approximate (约). */
    record Value(long targetId, String typed, BigDecimal value, boolean approximate) {
        static Value of(ReportValue v) {
            return new Value(v.targetId(), v.typed(), v.value(), v.approximate());
        }
    }

    /** One submission in the history: who submitted it and when, its outcome, who decided and why. */
    record Submission(
            int submission,
            String outcome,
            String submittedBy,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String reason) {
        static Submission of(ReportVersion v) {
            return new Submission(
                    v.submission(),
                    v.outcome().name(),
                    name(v.submitted()),
                    at(v.submitted()),
                    name(v.decided()),
                    at(v.decided()),
                    v.reason());
        }
    }

    /** An evidence file: its type as detected from the content, size in bytes and SHA-256. */
    record File(
            long id,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        static File of(Attachment a) {
            return new File(
                    a.id(),
                    a.fileName(),
                    a.mediaType(),
                    a.sizeBytes(),
                    a.sha256(),
                    name(a.uploaded()),
                    at(a.uploaded()));
        }
    }

    private static String name(Stamp s) {
        return s == null ? null : s.name();
    }

    private static Instant at(Stamp s) {
        return s == null ? null : s.at();
    }
}
