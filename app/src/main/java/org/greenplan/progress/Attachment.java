package org.greenplan.progress;

/**
 * An evidence file (佐证材料) of a report.
 *
 * @param id        the {@code progress_attachment} id
 * @param reportId  the report
 * @param fileName  the name as uploaded
 * @param mediaType the type detected from the content (application/pdf, image/png …)
 * @param sizeBytes its size in bytes
 * @param sha256    its SHA-256, lower-case hex
 * @param uploaded  who uploaded it, and when
 */
public record Attachment(
        long id, long reportId, String fileName, String mediaType, long sizeBytes, String sha256, Stamp uploaded) {}
