package org.greenplan.planimport;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.greenplan.parser.document.DocumentFormat;
import org.greenplan.parser.document.DocumentReadException;
import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.document.ReadLimits;
import org.greenplan.parser.document.SourceDocument;
import org.greenplan.parser.document.TextDecoder;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParseLimits;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.plan.draft.PlanSourceFile;

/**
 * Reads (txt, docx, doc, pdf, ofd or html, detected from the bytes) and parses a document and
 * decides whether it can be imported. Plain Java, so that the
 * command line's {@code parse} applies the same checks without a database.
 *
 * <p>Refused, with a message naming the file and, where there is one, the line and column: an empty
 * file; a file over the size limit; a file that is not a text document (binary, image); a document in
 * which no task is recognised; a document with an ERROR parse issue (for example a truncated one, a
 * task longer than {@link ParseLimits#maxTaskChars()}, more tasks than the limit, or a parse that ran past
 * what is left of the read time limit: reading and parsing share {@link ReadLimits#maxDuration()}).
 */
public final class DocumentParsing {
    /** A work-points document has tens to a few hundred tasks; far more means it is not one. */
    public static final int DEFAULT_MAX_TASKS = 2000;

    private final long maxBytes;
    private final int maxTasks;

    /**
     * @param maxBytes largest file accepted, in bytes (default configuration: 20 MB)
     * @param maxTasks most tasks a document may have (default {@value #DEFAULT_MAX_TASKS})
     */
    public DocumentParsing(long maxBytes, int maxTasks) {
        this.maxBytes = maxBytes;
        this.maxTasks = maxTasks;
    }

    /** With the default task limit. */
    public DocumentParsing(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_TASKS);
    }

    /**
     * Reads and parses without the import checks (used by evaluation, which scores whatever the
     * parser makes of a document).
     *
     * @param bytes    file content
     * @param fileName file name, for messages
     * @return the parsed plan, issues included
     * @throws ImportRejectedException when the bytes are not a readable document
     */
    public ParsedPlan read(byte[] bytes, String fileName) {
        return new PlanParser().parse(readDocument(bytes, fileName));
    }

    /**
     * Reads an uploaded file from its stream, never more than the size limit: a file the container
     * already measured above the limit is refused before reading, and a stream that turns out longer
     * than the limit is refused as soon as the limit is passed (at most the limit plus one buffer is
     * held in memory).
     *
     * @param in           the upload's stream (not closed here)
     * @param declaredSize the size the container measured, in bytes, or -1 when unknown
     * @param fileName     file name, for messages
     * @return the file's bytes, at most the limit
     * @throws ImportRejectedException naming the file and the limit when it is larger
     * @throws java.io.UncheckedIOException when the stream cannot be read
     */
    public byte[] readUpload(InputStream in, long declaredSize, String fileName) {
        if (declaredSize > maxBytes) {
            throw tooLarge(fileName, declaredSize);
        }
        try {
            byte[] head = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
            if (in.read() != -1) {
                throw new ImportRejectedException(
                        fileName,
                        ImportRejectedException.reason("import.refusal.tooLargeStream", null, megabytes(maxBytes)));
            }
            return head;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read the upload " + fileName, e);
        }
    }

    private ImportRejectedException tooLarge(String fileName, long size) {
        return new ImportRejectedException(
                fileName,
                ImportRejectedException.reason("import.refusal.tooLarge", null, megabytes(size), megabytes(maxBytes)));
    }

    /**
     * @param bytes    file content
     * @param fileName file name, for messages
     * @return the parsed document with its source file record
     * @throws ImportRejectedException when the document cannot be imported (see class comment)
     */
    public ParsedDocument parse(byte[] bytes, String fileName) {
        if (bytes.length > maxBytes) {
            throw tooLarge(fileName, bytes.length);
        }
        long started = System.nanoTime();
        SourceDocument document = readDocument(bytes, fileName);
        String text = document.toText();
        ParsedPlan plan = new PlanParser(parseLimits(started)).parse(document);
        rejectUnusable(plan, fileName);
        if (plan.tasks().size() > maxTasks) {
            throw new ImportRejectedException(
                    fileName,
                    ImportRejectedException.reason(
                            "import.refusal.tooManyTasks",
                            null,
                            String.valueOf(plan.tasks().size()),
                            String.valueOf(maxTasks)));
        }
        String charset = document.format() == DocumentFormat.TXT
                ? new TextDecoder().decode(bytes).charset().name()
                : null;
        PlanSourceFile source =
                new PlanSourceFile(fileName, document.format().name(), charset, bytes, sha256(bytes), text);
        return new ParsedDocument(source, plan);
    }

    /** The task limit, and what is left of the read time limit: reading and parsing share it. */
    private ParseLimits parseLimits(long started) {
        Duration limit = ReadLimits.DEFAULTS.maxDuration();
        Duration left = limit.minusNanos(System.nanoTime() - started);
        return ParseLimits.DEFAULTS
                .withMaxTasks(maxTasks)
                .withMaxDuration(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left);
    }

    private SourceDocument readDocument(byte[] bytes, String fileName) {
        try {
            return DocumentReaders.read(
                    bytes,
                    fileName,
                    ReadLimits.DEFAULTS.toBuilder().maxBytes(maxBytes).build());
        } catch (DocumentReadException unreadable) {
            throw new ImportRejectedException(
                    fileName,
                    ImportRejectedException.reason(
                            unreadable.refusal().key(),
                            unreadable.getMessage(),
                            unreadable.args().toArray()));
        }
    }

    private static void rejectUnusable(ParsedPlan plan, String fileName) {
        List<ParseIssue> errors = plan.issues().stream()
                .filter(i -> i.severity() == ParseIssue.Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            ParseIssue first = errors.get(0);
            throw new ImportRejectedException(
                    fileName + ":" + first.line() + ":" + first.column(),
                    ImportRejectedException.reason(
                            first.code().key(), first.message(), first.args().toArray()),
                    errors);
        }
        if (plan.tasks().isEmpty()) {
            throw new ImportRejectedException(
                    fileName + ":1:1", ImportRejectedException.reason("import.refusal.noTasks", null));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1024.0 / 1024.0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
