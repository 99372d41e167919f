package org.greenplan.parser.document;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ofdrw.reader.OFDReader;

/**
 * OFD (GB/T 33190) via ofdrw-reader: the text objects of each page in reading order, then the same
 * furniture removal and line rejoining as PDF. The container is checked and unpacked by
 * {@link ZipGuard} into a temporary folder, deleted afterwards.
 */
final class OfdReader implements FormatReader {

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        Path folder = Files.createTempDirectory("greenplan-ofd-");
        try {
            ZipGuard.extract(bytes, limits, folder);
            try (OFDReader reader = new OFDReader(folder.toString(), false)) {
                return PagedText.toDocument(DocumentFormat.OFD, OfdLines.of(reader));
            }
        } catch (RuntimeException e) {
            throw missingPart(e);
        } finally {
            delete(folder);
        }
    }

    /** ofdrw reports a missing part as a (wrapped) file-not-found; name the part. */
    private static RuntimeException missingPart(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
                return new DocumentReadException("OFD 文件不完整：缺少 " + partName(cause.getMessage())
                        + "（incomplete OFD: a required part is missing）", e);
            }
        }
        return e;
    }

    private static String partName(String message) {
        if (message == null) {
            return "必需的部件";
        }
        int slash = Math.max(message.lastIndexOf("greenplan-ofd-"), 0);
        int start = message.indexOf('/', slash);
        return start >= 0 ? message.substring(start + 1).replaceAll("[（(].*", "").strip() : message;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
