package org.greenplan.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * File sizes as people read them: {@code 15 B}, {@code 1.5 KB}, {@code 20 MB} (binary units, 1 KB = 1024 B,
 * one decimal place where it is not zero), so a 15-byte file no longer shows as "0 KB". Templates call it as
 * {@code ${@byteSizes.human(a.sizeBytes())}}.
 */
public class ByteSizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    /**
     * @param bytes a size in bytes, not negative
     * @return e.g. {@code 15 B}, {@code 1 KB}, {@code 1.5 KB}, {@code 63.9 MB}
     * @throws IllegalArgumentException for a negative size
     */
    public String human(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size " + bytes);
        }
        int unit = 0;
        BigDecimal size = BigDecimal.valueOf(bytes);
        BigDecimal step = BigDecimal.valueOf(1024);
        while (size.compareTo(step) >= 0 && unit < UNITS.length - 1) {
            size = size.divide(step);
            unit++;
        }
        BigDecimal shown =
                size.setScale(unit == 0 ? 0 : 1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.compareTo(step) >= 0 && unit < UNITS.length - 1) {
            shown = BigDecimal.ONE;
            unit++;
        }
        return shown.toPlainString() + " " + UNITS[unit];
    }
}
