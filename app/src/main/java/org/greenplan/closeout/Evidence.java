package org.greenplan.closeout;

import java.time.Instant;

/**
 * An evidence file (佐证材料) of a close-out request.
 *
 * @param id         the {@code closeout_evidence} id
 * @param requestId  the request
 * @param fileName   the name as uploaded
 * @param mediaType  the type detected from the content
 * @param sizeBytes  size in bytes
 * @param sha256     SHA-256, lower-case hex
 * @param uploadedAt when
 * @param uploadedBy who (display name)
 */
public record Evidence(
        long id,
        long requestId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
