package org.greenplan.closeout;

import org.springframework.core.io.InputStreamSource;

/**
 * One uploaded evidence file as a page hands it over (a {@code MultipartFile} is an
 * {@link InputStreamSource}).
 *
 * @param fileName the name as uploaded
 * @param content  its bytes, read once
 */
public record EvidenceUpload(String fileName, InputStreamSource content) {}
