package org.greenplan.parser.document;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an uploaded document into a {@link SourceDocument}, whatever its format: txt, docx, doc, pdf,
 * ofd or html. The format is detected from the content (Tika's magic numbers, then a look inside zip
 * and OLE2 containers), never from the extension; the file name only helps tell an HTML fragment from
 * plain text.
 *
 * <p>Every format's blocks then go through one segmentation stage: web-page furniture (breadcrumb,
 * metadata block, share, download and print links) is cut out and listed in
 * {@link SourceDocument#dropped()}, and paragraph breaks a web copy lost are restored before numbering
 * markers, unit lines and in the header block (see {@code Segmentation}).
 *
 * <p>Bounded by {@link ReadLimits}: the size is checked first, zip containers are checked entry by entry
 * before and while inflating, and the read runs on a worker thread that is cancelled at the time limit.
 * Every failure is a {@link DocumentReadException} whose message says in Chinese (with an English gloss)
 * what is wrong: empty file, too large, unsupported type, encrypted, corrupt, zip bomb, scanned PDF
 * without text, incomplete OFD, time limit exceeded. Nothing else happens: no file is left behind.
 *
 * <p>Thread-safe. Note that POI's zip limits ({@code ZipSecureFile}) are global: concurrent reads with
 * different {@link ReadLimits#maxExpandedBytes()} share the last value set.
 */
public final class DocumentReaders {

    private static final Map<DocumentFormat, FormatReader> READERS = new EnumMap<>(Map.of(
            DocumentFormat.TXT, new TxtReader(),
            DocumentFormat.DOCX, new DocxReader(),
            DocumentFormat.DOC, new DocReader(),
            DocumentFormat.PDF, new PdfReader(),
            DocumentFormat.OFD, new OfdReader(),
            DocumentFormat.HTML, new HtmlReader()));

    private DocumentReaders() {}

    /**
     * Reads a document with {@link ReadLimits#DEFAULTS}.
     *
     * @see #read(byte[], String, ReadLimits)
     */
    public static SourceDocument read(byte[] bytes, String fileName) {
        return read(bytes, fileName, ReadLimits.DEFAULTS);
    }

    /**
     * @param bytes    the whole file; check the upload's size before buffering it, this only refuses to parse
     * @param fileName the uploaded file's name, or null; a weak hint only (HTML vs plain text)
     * @param limits   size, time and zip limits
     * @return the document's blocks in reading order
     * @throws DocumentReadException when the document cannot be read; the message is for the user
     */
    public static SourceDocument read(byte[] bytes, String fileName, ReadLimits limits) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(limits, "limits");
        checkSize(bytes, limits);
        return TimedRead.run(limits.maxDuration(), () -> readNow(bytes, fileName, limits));
    }

    /**
     * @return the format the content shows, as {@link #read} would detect it
     * @throws DocumentReadException when the file is empty, of an unsupported type, encrypted or a
     *                               corrupt container
     */
    public static DocumentFormat detect(byte[] bytes, String fileName) {
        checkNotEmpty(Objects.requireNonNull(bytes, "bytes"));
        return FormatDetector.detect(bytes, fileName, ReadLimits.DEFAULTS);
    }

    private static SourceDocument readNow(byte[] bytes, String fileName, ReadLimits limits) {
        DocumentFormat format = FormatDetector.detect(bytes, fileName, limits);
        try {
            return Segmentation.apply(READERS.get(format).read(bytes, limits));
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception e) {
            throw new DocumentReadException(ReadRefusal.CORRUPT, e, format.label(), format.name());
        }
    }

    private static void checkNotEmpty(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentReadException(ReadRefusal.EMPTY);
        }
    }

    private static void checkSize(byte[] bytes, ReadLimits limits) {
        checkNotEmpty(bytes);
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentReadException(
                    ReadRefusal.TOO_LARGE, Sizes.bytes(bytes.length), Sizes.bytes(limits.maxBytes()));
        }
    }
}
