package org.greenplan.briefing.web;

import org.greenplan.briefing.Briefings;
import org.greenplan.shared.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A briefing file as a download response. */
final class BriefingFiles {
    private BriefingFiles() {}

    static ResponseEntity<byte[]> download(Briefings.BriefingFile file) {
        return Downloads.attachment(file.fileName(), MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
