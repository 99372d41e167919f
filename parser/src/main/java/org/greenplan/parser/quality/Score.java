package org.greenplan.parser.quality;

import java.util.Locale;

/**
 * Counts of one comparison: true positives, predicted and expected totals.
 *
 * @param truePositives items both predicted and expected
 * @param predicted     items the parser produced
 * @param expected      items the golden file lists
 */
public record Score(int truePositives, int predicted, int expected) {
    /** No items. */
    public static final Score ZERO = new Score(0, 0, 0);

    /** @return the sums of both counts */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, predicted + other.predicted, expected + other.expected);
    }

    /** @return TP / predicted; 1 when nothing was predicted and nothing expected */
    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / predicted;
    }

    /** @return TP / expected; 1 when nothing was expected */
    public double recall() {
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    /** @return the harmonic mean of precision and recall; 0 when both are 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return {@code P R F1} with three decimals, e.g. {@code 0.971 0.985 0.978} */
    public String format() {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", precision(), recall(), f1());
    }
}
