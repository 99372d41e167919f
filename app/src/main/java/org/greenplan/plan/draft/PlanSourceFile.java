package org.greenplan.plan.draft;

/**
 * The original document a plan was imported from, stored with the plan.
 *
 * @param fileName      name as uploaded
 * @param format        detected format, e.g. TXT
 * @param charset       detected text encoding, or null for binary formats
 * @param content       the bytes exactly as uploaded
 * @param sha256        lower-case hex SHA-256 of {@code content}; the same bytes are imported once
 * @param extractedText the text the parser read; task spans are offsets into it
 */
public record PlanSourceFile(
        String fileName, String format, String charset, byte[] content, String sha256, String extractedText) {}
