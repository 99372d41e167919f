package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal arithmetic shared by the rules: plain results without trailing zeros. */
final class Decimals {
    /** Decimals kept in ratios (progress, share of the year). */
    static final int RATIO_SCALE = 4;
    /** Decimals kept in expected values. */
    static final int VALUE_SCALE = 4;

    private Decimals() {}

    /** @return the value without trailing zeros and with a scale of at least 0 (150000, not 1.5E+5) */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** @return {@code value} rounded half-up to {@code scale} decimals, then {@link #plain} */
    static BigDecimal round(BigDecimal value, int scale) {
        return plain(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** @return a / b rounded half-up to {@link #RATIO_SCALE} decimals; b must not be 0 */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return plain(a.divide(b, RATIO_SCALE, RoundingMode.HALF_UP));
    }
}
