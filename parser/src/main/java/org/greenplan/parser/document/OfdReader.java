package org.greenplan.parser.document;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ofdrw.reader.OFDReader;

/**
 * OFD (GB/T 33190) via ofdrw-reader: the text objects of each page in reading order, then the same
 * furniture removal and line rejoining as PDF. The container is checked and unpacked by
 * {@link ZipGuard} into a temporary folder, deleted afterwards.
 */
final class OfdReader implements FormatReader {

    private static final Pattern MISSING_FILE = Pattern.compile("目录[:：]\\s*(.*?)中找到，文件\\s*\\[\\s*(.*?)\\s*]");

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        Path folder = Files.createTempDirectory("greenplan-ofd-");
        try {
            ZipGuard.extract(bytes, limits, folder);
            try (OFDReader reader = new OFDReader(folder.toString(), false)) {
                return PagedText.toDocument(DocumentFormat.OFD, OfdLines.of(reader));
            }
        } catch (RuntimeException e) {
            throw missingPart(e, folder);
        } finally {
            delete(folder);
        }
    }

    /** ofdrw reports a missing part as a (wrapped) file-not-found; name the part. */
    private static RuntimeException missingPart(RuntimeException e, Path folder) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
                String part = partName(cause.getMessage(), folder);
                return part == null
                        ? new DocumentReadException(ReadRefusal.OFD_SOME_PART_MISSING, e)
                        : new DocumentReadException(ReadRefusal.OFD_PART_MISSING, e, part);
            }
        }
        return e;
    }

    /** From ofdrw's "无法在目录: /tmp/…/Doc_0中找到，文件 [ Document.xml ]" to "Doc_0/Document.xml"; null when the message names no file. */
    private static String partName(String message, Path folder) {
        Matcher matcher = MISSING_FILE.matcher(message == null ? "" : message);
        if (!matcher.find()) {
            return null;
        }
        String directory =
                matcher.group(1).replace(folder.toAbsolutePath().toString(), "").replaceAll("^[/\\\\]+", "");
        return directory.isEmpty() ? matcher.group(2) : directory + "/" + matcher.group(2);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
