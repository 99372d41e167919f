package org.greenplan.parser.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a plain-text file into text, detecting the encoding from the bytes alone (never
 * from the file name): Chinese offices still produce GBK files next to UTF-8 ones.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>0 bytes: refused (文件为空).</li>
 *   <li>A known binary signature (PNG, JPEG, GIF, TIFF, WebP, PDF, ZIP — which includes .docx, .xlsx
 *       and .ofd —, OLE2 .doc/.xls, GZIP, RAR, 7z): refused, naming what it looks like.</li>
 *   <li>A byte order mark: UTF-8 ({@code EF BB BF}), UTF-16LE ({@code FF FE}), UTF-16BE
 *       ({@code FE FF}) or GB18030 ({@code 84 31 95 33}); the rest must decode strictly.</li>
 *   <li>Otherwise NUL bytes, or more than 2 % control bytes, mean a binary file: refused.</li>
 *   <li>Strictly valid UTF-8 is UTF-8; else strictly valid GB18030 (a superset of GBK and GB2312) is
 *       GB18030; else refused with the byte offset where decoding failed.</li>
 *   <li>Text with nothing but whitespace is refused (文件为空).</li>
 * </ol>
 * Thread-safe and stateless.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 64 * 1024;

    /**
     * @param bytes the whole file
     * @return the decoded text, its charset and whether it had a BOM
     * @throws DocumentReadException when the bytes are empty, binary, only whitespace, or decode as
     *                               neither UTF-8 nor GB18030; the message says which, in Chinese
     */
    public DecodedText decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentReadException(ReadRefusal.EMPTY);
        }
        rejectKnownBinary(bytes);
        DecodedText decoded = decodeWithBom(bytes);
        if (decoded == null) {
            rejectControlBytes(bytes);
            decoded = decodeWithoutBom(bytes);
        }
        if (decoded.text().replace("\uFEFF", "").isBlank()) {
            throw new DocumentReadException(ReadRefusal.BLANK);
        }
        return decoded;
    }

    private static void rejectKnownBinary(byte[] bytes) {
        for (Signature signature : Signature.values()) {
            if (signature.matches(bytes)) {
                throw new DocumentReadException(
                        ReadRefusal.BINARY_SIGNATURE, 0, signature.description, signature.english);
            }
        }
    }

    private static DecodedText decodeWithBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
            return strict(bytes, 4, GB18030, true);
        }
        return null;
    }

    private static DecodedText decodeWithoutBom(byte[] bytes) {
        String utf8 = decodeOrNull(newDecoder(StandardCharsets.UTF_8), ByteBuffer.wrap(bytes));
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, false);
        }
        return strict(bytes, 0, GB18030, false);
    }

    private static DecodedText strict(byte[] bytes, int offset, Charset charset, boolean bom) {
        CharsetDecoder decoder = newDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text = decodeOrNull(decoder, in);
        if (text == null) {
            long at = in.position();
            throw bom
                    ? new DocumentReadException(ReadRefusal.INVALID_AFTER_BOM, at, charset.name(), String.valueOf(at))
                    : new DocumentReadException(ReadRefusal.UNKNOWN_ENCODING, at, String.valueOf(at));
        }
        return new DecodedText(text, charset, bom);
    }

    /** Leaves {@code in} positioned at the first bad byte when decoding fails. */
    private static String decodeOrNull(CharsetDecoder decoder, ByteBuffer in) {
        // none of our charsets yields more chars than bytes, so one buffer always suffices
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isUnderflow()) {
            return null;
        }
        if (!decoder.flush(out).isUnderflow()) {
            return null;
        }
        return out.flip().toString();
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void rejectControlBytes(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new DocumentReadException(ReadRefusal.NUL_BYTE, i, String.valueOf(i));
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (controls * 50L > length) {
            throw new DocumentReadException(ReadRefusal.CONTROL_BYTES, 0, String.valueOf(controls));
        }
    }

    /** Tab, line feed, vertical tab (Word's manual line break), form feed and carriage return are text. */
    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r') || b == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Magic numbers of the binary files people most often upload by mistake. */
    private enum Signature {
        PNG("PNG 图片", "a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        JPEG("JPEG 图片", "a JPEG image", 0xFF, 0xD8, 0xFF),
        GIF("GIF 图片", "a GIF image", 'G', 'I', 'F', '8'),
        TIFF_LE("TIFF 图片", "a TIFF image", 'I', 'I', 0x2A, 0x00),
        TIFF_BE("TIFF 图片", "a TIFF image", 'M', 'M', 0x00, 0x2A),
        PDF("PDF 文件", "a PDF file", '%', 'P', 'D', 'F', '-'),
        ZIP("ZIP 压缩包（.docx、.xlsx、.ofd 也是这种格式）", "a ZIP archive (.docx, .xlsx or .ofd)", 'P', 'K', 0x03, 0x04),
        EMPTY_ZIP("ZIP 压缩包", "a ZIP archive", 'P', 'K', 0x05, 0x06),
        OLE2(
                "Word 97-2003 或 Excel 97-2003 文件（.doc/.xls）",
                "a legacy Office file (.doc/.xls)",
                0xD0,
                0xCF,
                0x11,
                0xE0,
                0xA1,
                0xB1,
                0x1A,
                0xE1),
        GZIP("GZIP 压缩文件", "a GZIP file", 0x1F, 0x8B),
        RAR("RAR 压缩包", "a RAR archive", 'R', 'a', 'r', '!', 0x1A, 0x07),
        SEVEN_ZIP("7z 压缩包", "a 7z archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
        WEBP("WebP 图片", "a WebP image", 'R', 'I', 'F', 'F') {
            @Override
            boolean matches(byte[] bytes) {
                return super.matches(bytes)
                        && bytes.length >= 12
                        && Arrays.equals(bytes, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4);
            }
        };

        private final String description;
        private final String english;
        private final int[] magic;

        Signature(String description, String english, int... magic) {
            this.description = description;
            this.english = english;
            this.magic = magic;
        }

        boolean matches(byte[] bytes) {
            return startsWith(bytes, magic);
        }
    }
}
