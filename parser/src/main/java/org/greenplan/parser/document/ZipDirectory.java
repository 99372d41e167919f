package org.greenplan.parser.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The central directory of a zip held in memory — entry names with their declared sizes — read
 * without inflating anything, so that counts and sizes can be refused before any decompression.
 */
final class ZipDirectory {

    /** One entry as declared; {@code size} is -1 when not declared. */
    record Entry(String name, long size) {}

    private static final long UNKNOWN32 = 0xFFFFFFFFL;
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;

    private final List<Entry> entries;

    private ZipDirectory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @throws DocumentReadException if the directory is missing (truncated file) or malformed, or
     *                               declares more than {@code maxEntries} entries
     */
    static ZipDirectory read(byte[] zip, int maxEntries) {
        LittleEndian in = new LittleEndian(zip);
        int eocd = findEndRecord(in);
        long count = in.u16(eocd + 10);
        long offset = in.u32(eocd + 16);
        if (count == 0xFFFF || offset == UNKNOWN32) {
            long zip64 = zip64EndRecord(in, eocd);
            count = in.u64(zip64 + 32);
            offset = in.u64(zip64 + 48);
        }
        if (count > maxEntries) {
            throw new DocumentReadException(
                    ReadRefusal.TOO_MANY_ENTRIES, String.valueOf(count), String.valueOf(maxEntries));
        }
        return new ZipDirectory(readEntries(in, offset, (int) count));
    }

    List<Entry> entries() {
        return entries;
    }

    /** @return whether an entry has this name, ignoring case and a leading slash */
    boolean contains(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return entries.stream()
                .map(entry -> entry.name().toLowerCase(Locale.ROOT))
                .anyMatch(found -> found.equals(wanted) || found.equals("/" + wanted));
    }

    /** @return the sum of the declared uncompressed sizes (unknown sizes count as 0) */
    long declaredSize() {
        return entries.stream().mapToLong(entry -> Math.max(entry.size(), 0)).sum();
    }

    private static int findEndRecord(LittleEndian in) {
        int last = in.length() - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int at = last; at >= first; at--) {
            if (in.u32(at) == EOCD_SIGNATURE) {
                return at;
            }
        }
        throw corrupt();
    }

    private static long zip64EndRecord(LittleEndian in, int eocd) {
        int locator = eocd - 20;
        if (locator < 0 || in.u32(locator) != ZIP64_LOCATOR_SIGNATURE) {
            throw corrupt();
        }
        long record = in.u64(locator + 8);
        if (record < 0 || record > in.length() - 56 || in.u32((int) record) != ZIP64_EOCD_SIGNATURE) {
            throw corrupt();
        }
        return record;
    }

    private static List<Entry> readEntries(LittleEndian in, long offset, int count) {
        List<Entry> entries = new ArrayList<>();
        long at = offset;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at > in.length() - 46 || in.u32((int) at) != ENTRY_SIGNATURE) {
                throw corrupt();
            }
            int pos = (int) at;
            int nameLength = in.u16(pos + 28);
            int extraLength = in.u16(pos + 30);
            int commentLength = in.u16(pos + 32);
            String name = in.string(pos + 46, nameLength, (in.u16(pos + 8) & 0x800) != 0);
            long size = in.u32(pos + 24);
            entries.add(new Entry(name, size == UNKNOWN32 ? -1 : size));
            at += 46L + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static DocumentReadException corrupt() {
        return new DocumentReadException(ReadRefusal.TRUNCATED_ZIP);
    }

    /** Bounds-checked little-endian reads; out-of-range reads mean a corrupt file. */
    private record LittleEndian(byte[] bytes) {

        int length() {
            return bytes.length;
        }

        int u16(int at) {
            check(at, 2);
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }

        long u32(int at) {
            check(at, 4);
            return (u16(at) | (long) u16(at + 2) << 16) & UNKNOWN32;
        }

        long u64(long at) {
            check(at, 8);
            return u32((int) at) | u32((int) at + 4) << 32;
        }

        String string(int at, int length, boolean utf8) {
            check(at, length);
            return new String(bytes, at, length, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }

        private void check(long at, int length) {
            if (at < 0 || at + length > bytes.length) {
                throw corrupt();
            }
        }
    }
}
