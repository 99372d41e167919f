package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTests {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = "宿州市实施绿色发展行动2022年工作要点\n一、大力推进绿色低碳循环发展\n" + "1.开展工业节能监察。(责任单位:市经济和信息化局)\n";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8WithoutBom() {
        DecodedText decoded = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.hadBom()).isFalse();
    }

    @Test
    void decodesUtf8WithBomAndDropsTheBom() {
        DecodedText decoded = decoder.decode(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.hadBom()).isTrue();
    }

    @Test
    void decodesUtf16LittleAndBigEndianWithBom() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));

        assertThat(decoder.decode(little)).isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16LE, true));
        assertThat(decoder.decode(big)).isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16BE, true));
    }

    @Test
    void decodesGb18030() {
        String text = TEXT + "㐀 and 𠀀 need GB18030's four-byte sequences\n";

        DecodedText decoded = decoder.decode(text.getBytes(GB18030));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.hadBom()).isFalse();
    }

    @Test
    void decodesGbkOnlyTextAsGb18030() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));

        DecodedText decoded = decoder.decode(gbk);

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo(GB18030);
    }

    @Test
    void decodesPlainAsciiAsUtf8() {
        assertThat(decoder.decode("1. plan\r\n".getBytes(StandardCharsets.US_ASCII))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void refusesEmptyInputWithAChineseMessage() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("文件为空");
    }

    @Test
    void refusesWhitespaceOnlyInput() {
        byte[] spaces = " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode(spaces))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("文件为空");
    }

    @Test
    void refusesPngBytesWhateverTheFileIsCalled() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("不是文本文件：看起来是 PNG 图片");
    }

    @Test
    void namesWordFilesUploadedAsText() {
        byte[] docx = {'P', 'K', 0x03, 0x04, 0x14, 0, 0x06, 0};

        assertThatThrownBy(() -> decoder.decode(docx))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("ZIP 压缩包")
                .hasMessageContaining(".docx");
    }

    @Test
    void refusesRandomBinary() {
        byte[] random = new byte[4096];
        new Random(20220318).nextBytes(random);
        random[0] = 'x'; // no accidental magic number

        assertThatThrownBy(() -> decoder.decode(random))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("不是文本文件");
    }

    @Test
    void refusesShortBinaryWithoutNulBytes() {
        byte[] controls = {'a', 0x01, 0x02, 0x03, 'b', 0x04, 0x05, 0x06, 'c', 0x07, 0x08, 0x0E};

        assertThatThrownBy(() -> decoder.decode(controls))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("控制字符过多");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030AndSaysWhere() {
        byte[] bad = concat("任务".getBytes(GB18030), new byte[] {(byte) 0xFF, 'a'});

        assertThatThrownBy(() -> decoder.decode(bad))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("无法识别文本编码")
                .satisfies(
                        e -> assertThat(((DocumentReadException) e).position()).hasValue(4));
    }

    @Test
    void refusesBrokenUtf8AfterAUtf8Bom() {
        byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};

        assertThatThrownBy(() -> decoder.decode(bad))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("UTF-8");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
