package org.greenplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTests {
    private final ByteSizes sizes = new ByteSizes();

    @Test
    void aSmallFileShowsItsBytesNotZeroKilobytes() {
        assertThat(sizes.human(15)).isEqualTo("15 B");
        assertThat(sizes.human(0)).isEqualTo("0 B");
        assertThat(sizes.human(1023)).isEqualTo("1023 B");
    }

    @Test
    void largerFilesShowOneDecimalWhereItIsNotZero() {
        assertThat(sizes.human(1024)).isEqualTo("1 KB");
        assertThat(sizes.human(1536)).isEqualTo("1.5 KB");
        assertThat(sizes.human(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(sizes.human(67_000_000)).isEqualTo("63.9 MB");
        assertThat(sizes.human(1024 * 1024 - 1)).isEqualTo("1 MB");
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> sizes.human(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
