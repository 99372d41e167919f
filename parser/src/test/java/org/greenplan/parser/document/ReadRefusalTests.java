package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadRefusalTests {

    @Test
    void refusesAnEmptyFileWithItsCode() {
        assertThatThrownBy(() -> DocumentReaders.read(new byte[0], "plan.txt"))
                .isInstanceOfSatisfying(DocumentReadException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(ReadRefusal.EMPTY);
                    assertThat(e.args()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo("文件为空");
                });
    }

    @Test
    void givesTheBinaryKindInBothLanguagesAsArguments() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertThatThrownBy(() -> new TextDecoder().decode(png))
                .isInstanceOfSatisfying(DocumentReadException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(ReadRefusal.BINARY_SIGNATURE);
                    assertThat(e.args()).hasSize(2);
                    assertThat(e.args().get(1)).doesNotContainPattern("\\p{IsHan}");
                    assertThat(e.position()).hasValue(0);
                });
    }

    @Test
    void keepsThePositionOfAnUnknownEncoding() {
        byte[] bytes = "任务一".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xff;
        broken[bytes.length + 1] = (byte) 0xff;

        assertThatThrownBy(() -> new TextDecoder().decode(broken))
                .isInstanceOfSatisfying(DocumentReadException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(ReadRefusal.UNKNOWN_ENCODING);
                    assertThat(e.position()).isPresent();
                    assertThat(e.args())
                            .containsExactly(String.valueOf(e.position().getAsLong()));
                });
    }
}
