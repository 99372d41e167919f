package org.greenplan.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.NotFoundException;
import org.greenplan.progress.internal.AttachmentRecords;
import org.greenplan.shared.Downloads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence attachments (佐证材料) of a progress report: pdf, docx, xlsx, jpg or png, the type told from the
 * content and matching the extension, at most {@code greenplan.attachments.max-bytes} (20 MB by default,
 * counted while the upload streams in), scanned by the {@link VirusScanner}, stored through the
 * {@link AttachmentStorage}. Adding and removing follow the report's write rules (its unit, while DRAFT
 * or RETURNED, in a writable period); downloading follows its read rules.
 */
@Service
@Transactional(readOnly = true)
public class ReportAttachments {
    private final ProgressReports reports;
    private final AttachmentRecords records;
    private final AttachmentStorage storage;
    private final VirusScanner scanner;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    ReportAttachments(
            ProgressReports reports,
            AttachmentRecords records,
            AttachmentStorage storage,
            org.springframework.beans.factory.ObjectProvider<VirusScanner> scanner,
            AuditTrail audit,
            Clock clock,
            @Value("${greenplan.attachments.max-bytes:20MB}") DataSize maxBytes) {
        this.reports = reports;
        this.records = records;
        this.storage = storage;
        this.scanner = scanner.getIfAvailable(() -> (file, name) -> null);
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes.toBytes();
    }

    /** @return the size limit of one attachment, in bytes */
    public long maxBytes() {
        return maxBytes;
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
        String name = cleanName(fileName);
        UploadCheck.Received received = null;
        try {
            received = UploadCheck.receive(name, content, maxBytes);
            String threat = scanner.findThreat(received.file(), name);
            if (threat != null) {
                throw new AttachmentRefusedException("progress.attachment.infected", name, threat);
            }
            Stamp by = Stamp.of(actor, clock.instant());
            long id = records.insert(
                    reportId, name, received.mediaType(), received.size(), received.sha256(), storage.kind(), by);
            storage.save(id, received.file());
            audit.record(ProgressReports.subject(report), "ATTACHMENT_ADDED", name, null);
            return records.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(received);
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

    /** The file name without any folder a browser sent with it. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "attachment" : name;
    }

    private static void deleteQuietly(UploadCheck.Received received) {
        if (received == null) {
            return;
        }
        try {
            Files.deleteIfExists(received.file());
        } catch (IOException ignored) {
            received.file().toFile().deleteOnExit();
        }
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
