package org.greenplan.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.NotFoundException;
import org.greenplan.progress.internal.AttachmentRecords;
import org.greenplan.shared.Downloads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attachments (佐证材料) of a progress report: pdf, docx, xlsx, jpg or png, the type told from the
 * content and matching the extension, at most {@code greenplan.attachments.max-bytes} (20 MB by default,
 * counted while the upload streams in), scanned by the {@link VirusScanner} (all three checks in
 * {@link EvidenceFiles}, shared with other modules' evidence), stored through the
 * {@link AttachmentStorage}. Adding and removing follow the report's write rules (its unit, while DRAFT
 * or RETURNED, in a writable period); downloading follows its read rules.
 */
@Service
@Transactional(readOnly = true)
public class ReportAttachments {
    private final ProgressReports reports;
    private final AttachmentRecords records;
    private final AttachmentStorage storage;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final Clock clock;

    ReportAttachments(
            ProgressReports reports,
            AttachmentRecords records,
            AttachmentStorage storage,
            EvidenceFiles evidence,
            AuditTrail audit,
            Clock clock) {
        this.reports = reports;
        this.records = records;
        this.storage = storage;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the size limit of one attachment, in bytes */
    public long maxBytes() {
        return evidence.maxBytes();
    }

    /**
     * Receives, checks and stores an attachment.
     *
     * @param fileName the name as uploaded (its extension must match the content)
     * @param content  the bytes, read once as a stream; the caller closes it
     * @return the stored attachment
     * @throws AttachmentRefusedException when too large, of a type not accepted, lying about its type, or
     *                                    refused by the scanner
     * @throws ReportRefusedException     when the report is not editable
     */
    @Transactional
    public Attachment attach(Actor actor, long reportId, String fileName, InputStream content) {
        ProgressReport report = reports.requireAttachable(actor, reportId);
        try (EvidenceFiles.CheckedFile received = evidence.check(fileName, content)) {
            String name = received.fileName();
            Stamp by = Stamp.of(actor, clock.instant());
            long id = records.insert(
                    reportId, name, received.mediaType(), received.size(), received.sha256(), storage.kind(), by);
            storage.save(id, received.file());
            audit.record(ProgressReports.subject(report), "ATTACHMENT_ADDED", name, null);
            return records.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an attachment of an editable report. */
    @Transactional
    public void remove(Actor actor, long attachmentId) {
        Attachment attachment = find(attachmentId);
        ProgressReport report = reports.requireAttachable(actor, attachment.reportId());
        records.delete(attachmentId);
        try {
            storage.delete(attachmentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(ProgressReports.subject(report), "ATTACHMENT_REMOVED", attachment.fileName(), null);
    }

    /**
     * @return the attachment and its bytes, for whoever may read its report; the caller closes the stream
     * @throws NotFoundException when there is no such attachment
     */
    public Download open(Actor actor, long attachmentId) {
        Attachment attachment = find(attachmentId);
        reports.requireReadable(actor, attachment.reportId());
        try {
            return new Download(attachment, storage.open(attachmentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Attachment find(long attachmentId) {
        return records.find(attachmentId).orElseThrow(() -> new NotFoundException("error.notFound.attachment"));
    }

    /**
     * An attachment to send.
     *
     * @param attachment its metadata
     * @param content    its bytes; close it
     */
    public record Download(Attachment attachment, InputStream content) {

        /**
         * @return the attachment as an HTTP download for pages and the API alike: always {@code attachment}
         *     (never inline: the browser does not render what a unit uploaded), its UTF-8 file name, its
         *     checked media type and length, and {@code X-Content-Type-Options: nosniff}
         */
        public ResponseEntity<InputStreamResource> asHttpDownload() {
            return Downloads.attachment(attachment.fileName(), MediaType.parseMediaType(attachment.mediaType()))
                    .contentLength(attachment.sizeBytes())
                    .body(new InputStreamResource(content));
        }
    }
}
