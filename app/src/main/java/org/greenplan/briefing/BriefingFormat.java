package org.greenplan.briefing;

import org.springframework.http.MediaType;

/** The two files of a briefing. */
public enum BriefingFormat {
    /** Word, from the office's template. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** PDF with the bundled CJK font. */
    PDF("pdf", MediaType.APPLICATION_PDF_VALUE);

    private final String extension;
    private final String mediaType;

    BriefingFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @return {@code docx} or {@code pdf} */
    public String extension() {
        return extension;
    }

    /** @return the file's media type */
    public String mediaType() {
        return mediaType;
    }

    String column() {
        return extension;
    }
}
