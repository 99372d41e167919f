package org.greenplan.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of a file download (ledger, briefing, scores, source document, evidence): {@code
 * Content-Disposition: attachment} with the file name, in UTF-8 as well where it is not plain ASCII (RFC 6266
 * / RFC 5987 {@code filename*}, so Chinese names survive), the media type, and {@code X-Content-Type-Options: nosniff} so that a browser
 * never renders a download as a page.
 */
public final class Downloads {
    /** An Excel workbook (.xlsx). */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /**
     * @param fileName the name the browser saves the file under, e.g. {@code 宿州市…台账.xlsx}
     * @param type     the file's media type
     * @return a 200 response builder with the download headers set; add the body (and any further header)
     */
    public static ResponseEntity.BodyBuilder attachment(String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (StandardCharsets.US_ASCII.newEncoder().canEncode(fileName)
                                        ? ContentDisposition.attachment().filename(fileName)
                                        : ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type);
    }
}
