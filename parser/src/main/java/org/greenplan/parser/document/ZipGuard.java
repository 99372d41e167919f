package org.greenplan.parser.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Defends against zip bombs: refuses a container whose central directory declares too many entries or
 * too many bytes, then inflates it counting the real bytes and stops as soon as a limit is passed (the
 * declared sizes may lie). Memory stays at one small buffer.
 */
final class ZipGuard {

    private static final int BUFFER = 64 * 1024;
    /** Charset of entry names not flagged as UTF-8: Chinese zip tools write GBK. */
    private static final Charset NAMES = Charset.forName("GB18030");

    private ZipGuard() {}

    /**
     * Checks the container without keeping anything.
     *
     * @return its directory, for the caller to look at entry names
     * @throws DocumentReadException if the zip is corrupt or exceeds a limit
     */
    static ZipDirectory check(byte[] zip, ReadLimits limits) {
        ZipDirectory directory = checkDeclared(zip, limits);
        inflate(zip, limits, null);
        return directory;
    }

    /**
     * Checks the container and writes its entries under {@code target}, refusing paths that escape it.
     *
     * @throws DocumentReadException if the zip is corrupt, exceeds a limit or holds an unsafe path
     */
    static void extract(byte[] zip, ReadLimits limits, Path target) {
        checkDeclared(zip, limits);
        inflate(zip, limits, target.toAbsolutePath().normalize());
    }

    private static ZipDirectory checkDeclared(byte[] zip, ReadLimits limits) {
        ZipDirectory directory = ZipDirectory.read(zip, limits.maxEntries());
        if (directory.declaredSize() > limits.maxExpandedBytes()) {
            throw tooLarge(limits);
        }
        return directory;
    }

    private static void inflate(byte[] zip, ReadLimits limits, Path target) {
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), NAMES)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new DocumentReadException(
                            ReadRefusal.TOO_MANY_ENTRIES_EXPANDED, String.valueOf(limits.maxEntries()));
                }
                total = copy(in, open(target, entry), total, limits);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentReadException(ReadRefusal.CORRUPT_ZIP, e);
        }
    }

    private static long copy(InputStream in, OutputStream out, long total, ReadLimits limits) throws IOException {
        byte[] buffer = new byte[BUFFER];
        try (OutputStream sink = out) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limits.maxExpandedBytes()) {
                    throw tooLarge(limits);
                }
                sink.write(buffer, 0, n);
                TimedRead.checkpoint();
            }
        }
        return total;
    }

    private static OutputStream open(Path target, ZipEntry entry) throws IOException {
        if (target == null) {
            return OutputStream.nullOutputStream();
        }
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target) || path.equals(target)) {
            throw new DocumentReadException(ReadRefusal.UNSAFE_ZIP_ENTRY, entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return OutputStream.nullOutputStream();
        }
        Files.createDirectories(path.getParent());
        return Files.newOutputStream(path);
    }

    private static DocumentReadException tooLarge(ReadLimits limits) {
        return new DocumentReadException(ReadRefusal.ZIP_BOMB, Sizes.bytes(limits.maxExpandedBytes()));
    }
}
