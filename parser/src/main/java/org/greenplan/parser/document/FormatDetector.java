package org.greenplan.parser.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Tells the {@link DocumentFormat} from the bytes: Tika's magic numbers first, then a look inside
 * containers (zip entry names for docx/ofd, OLE2 streams for doc and encrypted Office files). The file
 * name is only a hint to tell HTML from plain text when the content alone does not say.
 */
final class FormatDetector {

    private static final Tika TIKA = new Tika();
    private static final Set<String> ZIP_TYPES =
            Set.of("application/zip", "application/x-tika-ooxml", "application/java-archive");
    private static final Set<String> OLE2_TYPES =
            Set.of("application/x-tika-msoffice", "application/msword", "application/x-tika-ooxml-protected");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Pattern MARKUP =
            Pattern.compile("<\\s*(p|div|table|body|head|meta|span|br|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {}

    /** @throws DocumentReadException if the type is not supported, encrypted, or the container is corrupt */
    static DocumentFormat detect(byte[] bytes, String fileName, ReadLimits limits) {
        String type = TIKA.detect(bytes);
        if (type.equals("application/pdf")) {
            return DocumentFormat.PDF;
        }
        if (ZIP_TYPES.contains(type) || type.startsWith("application/vnd.openxmlformats")) {
            return zipFormat(ZipDirectory.read(bytes, limits.maxEntries()));
        }
        if (OLE2_TYPES.contains(type)) {
            return ole2Format(bytes);
        }
        if (HTML_TYPES.contains(type)) {
            return DocumentFormat.HTML;
        }
        if (type.startsWith("text/") || (type.equals("application/octet-stream") && looksLikeText(bytes))) {
            return hintsHtml(fileName) && hasMarkup(bytes) ? DocumentFormat.HTML : DocumentFormat.TXT;
        }
        throw new DocumentReadException(ReadRefusal.UNSUPPORTED_TYPE, String.valueOf(type));
    }

    private static DocumentFormat zipFormat(ZipDirectory zip) {
        if (zip.contains("word/document.xml")) {
            return DocumentFormat.DOCX;
        }
        if (zip.contains("OFD.xml")) {
            return DocumentFormat.OFD;
        }
        if (zip.entries().stream().anyMatch(entry -> entry.name().matches("/?Doc_\\d+/.*\\.xml"))) {
            throw new DocumentReadException(ReadRefusal.OFD_ENTRY_MISSING);
        }
        if (zip.contains("xl/workbook.xml") || zip.contains("ppt/presentation.xml")) {
            throw new DocumentReadException(ReadRefusal.SPREADSHEET_OR_PRESENTATION);
        }
        throw new DocumentReadException(ReadRefusal.ZIP_WITHOUT_DOCUMENT);
    }

    private static DocumentFormat ole2Format(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new DocumentReadException(ReadRefusal.ENCRYPTED_OLE2);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return DocumentFormat.DOC;
            }
            throw new DocumentReadException(ReadRefusal.LEGACY_NOT_WORD);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentReadException known) {
                throw known;
            }
            throw new DocumentReadException(ReadRefusal.CORRUPT_OLE2, e);
        }
    }

    private static boolean hintsHtml(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml");
    }

    private static boolean hasMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return MARKUP.matcher(head).find();
    }

    /** No NUL and few control characters in the first 8 KB: GB18030 text often has no magic Tika knows. */
    private static boolean looksLikeText(byte[] bytes) {
        int length = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C && b != 0x1B) {
                controls++;
            }
        }
        return controls * 100 <= length;
    }
}
