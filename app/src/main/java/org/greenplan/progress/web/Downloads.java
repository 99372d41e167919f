package org.greenplan.progress.web;

import java.nio.charset.StandardCharsets;
import org.greenplan.progress.ReportAttachments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends an attachment as a download (never inline: the browser does not render what a unit uploaded). */
final class Downloads {
    private Downloads() {}

    static ResponseEntity<InputStreamResource> send(ReportAttachments.Download download) {
        var attachment = download.attachment();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.sizeBytes())
                .body(new InputStreamResource(download.content()));
    }
}
