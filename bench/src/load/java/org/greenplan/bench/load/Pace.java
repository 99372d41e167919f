package org.greenplan.bench.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a simulated person waits between two steps: reading and filling the form between its GET and its
 * POST, and between one report and the next. Given as {@code -Dpause=5-15} (seconds, drawn uniformly for every
 * pause), {@code -Dpause=8} (always 8 s) or {@code -Dpause=0} (no pause: every client loops at full speed,
 * which measures the server's ceiling, not people).
 *
 * @param min the shortest pause
 * @param max the longest pause, not shorter than {@code min}
 */
record Pace(Duration min, Duration max) {
    Pace {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("pause " + min + ".." + max + " is not a range of seconds");
        }
    }

    /** @return the pace of {@code -Dpause} (seconds {@code MIN-MAX} or one number), {@code fallback} without it */
    static Pace of(String property, String fallback) {
        String text = System.getProperty(property, fallback).trim();
        String[] bounds = text.split("-", 2);
        try {
            long min = Math.round(Double.parseDouble(bounds[0]) * 1000);
            long max = bounds.length == 2 ? Math.round(Double.parseDouble(bounds[1]) * 1000) : min;
            return new Pace(Duration.ofMillis(min), Duration.ofMillis(max));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + "=" + text + ": expected seconds as MIN-MAX or N", e);
        }
    }

    /** @return whether every pause is zero (a closed loop at saturation) */
    boolean none() {
        return max.isZero();
    }

    /** @return one pause drawn uniformly from {@code min..max} */
    Duration draw() {
        long from = min.toMillis();
        long to = max.toMillis();
        return Duration.ofMillis(from == to ? from : ThreadLocalRandom.current().nextLong(from, to + 1));
    }

    @Override
    public String toString() {
        return none() ? "no pause" : min.toMillis() / 1000.0 + "–" + max.toMillis() / 1000.0 + " s";
    }
}
