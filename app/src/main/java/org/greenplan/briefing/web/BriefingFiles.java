package org.greenplan.briefing.web;

import java.nio.charset.StandardCharsets;
import org.greenplan.briefing.Briefings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A briefing file as a download response. */
final class BriefingFiles {
    private BriefingFiles() {}

    static ResponseEntity<byte[]> download(Briefings.BriefingFile file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
