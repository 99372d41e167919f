package org.greenplan.parser.document;

import java.time.Duration;
import java.util.Locale;

/** Formats byte counts and durations for Chinese messages: "52.4 MB", "20 MB", "30 秒", "5 毫秒". */
final class Sizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB"};

    private Sizes() {}

    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return oneDecimal(value) + " " + UNITS[unit];
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return Math.max(millis, 0) + " 毫秒";
        }
        return oneDecimal(millis / 1000.0) + " 秒";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
