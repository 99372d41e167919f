package org.greenplan.parser.document;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from the bytes of a plain-text file by {@link TextDecoder}.
 *
 * @param text    the decoded text, without the byte order mark; line endings as in the file
 * @param charset the encoding the bytes were read in: UTF-8, UTF-16LE, UTF-16BE or GB18030 (which
 *                also covers GBK and GB2312 files)
 * @param hadBom  true when the file started with a byte order mark (which is not part of {@code text})
 */
public record DecodedText(String text, Charset charset, boolean hadBom) {

    /** Neither {@code text} nor {@code charset} may be null. */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
