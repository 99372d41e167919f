package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An upload is read from its stream and never past the size limit. */
class DocumentParsingUploadTests {
    private static final long MB = 1024 * 1024;
    private static final long LIMIT = 20 * MB;

    private final DocumentParsing parsing = new DocumentParsing(LIMIT);

    /** 200 MB of text, generated as it is read: nothing of it is held in memory by the test. */
    static final class GeneratedStream extends InputStream {
        private final long length;
        long consumed;

        GeneratedStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (consumed >= length) {
                return -1;
            }
            consumed++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (consumed >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - consumed);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            consumed += n;
            return n;
        }
    }

    @Test
    void refusesA200MegabyteStreamOfUnknownSizeAfterReadingJustPastTheLimit() {
        GeneratedStream upload = new GeneratedStream(200 * MB);

        assertThatThrownBy(() -> parsing.readUpload(upload, -1, "huge.txt"))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    assertThat(text(rejected, Locale.SIMPLIFIED_CHINESE)).isEqualTo("huge.txt: 文件超过上限 20.00 MB，已停止读取");
                    assertThat(text(rejected, Locale.ENGLISH))
                            .isEqualTo("huge.txt: The file exceeds the limit of 20.00 MB; reading stopped");
                });
        assertThat(upload.consumed).isEqualTo(LIMIT + 1);
    }

    @Test
    void refusesAnUploadTheContainerMeasuredAboveTheLimitWithoutReadingIt() {
        GeneratedStream upload = new GeneratedStream(200 * MB);

        assertThatThrownBy(() -> parsing.readUpload(upload, 200 * MB, "huge.txt"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(text(rejected, Locale.SIMPLIFIED_CHINESE))
                                .isEqualTo("huge.txt: 文件大小 200.00 MB 超过上限 20.00 MB"));
        assertThat(upload.consumed).isZero();
    }

    @Test
    void readsAnUploadUpToExactlyTheLimit() {
        byte[] text = "一、总体要求\n1.推进节能。（责任单位：市发展改革委）\n".getBytes(StandardCharsets.UTF_8);
        DocumentParsing small = new DocumentParsing(text.length);

        assertThat(small.readUpload(new ByteArrayInputStream(text), text.length, "a.txt"))
                .isEqualTo(text);
        assertThat(small.readUpload(new ByteArrayInputStream(text), -1, "a.txt"))
                .isEqualTo(text);
        assertThatThrownBy(() ->
                        new DocumentParsing(text.length - 1).readUpload(new ByteArrayInputStream(text), -1, "a.txt"))
                .isInstanceOf(ImportRejectedException.class);
    }

    private static String text(ImportRejectedException rejected, Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source.getMessage(rejected, locale);
    }
}
