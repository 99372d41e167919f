package org.greenplan.dashboard.web;

import java.util.Locale;

/**
 * Reads a request's {@code Accept-Encoding} header (RFC 9110, 12.5.3): a comma-separated list of codings, each
 * with an optional weight {@code ;q=} from 0 to 1, where weight 0 means "not acceptable".
 */
final class AcceptedEncodings {
    private AcceptedEncodings() {}

    /**
     * @param header the header's value, or null when the request has none
     * @return whether gzip is acceptable: listed as {@code gzip} or {@code x-gzip}, or covered by {@code *}, with a
     *         weight above 0; a malformed weight counts as not acceptable
     */
    static boolean gzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Boolean named = null;
        boolean any = false;
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean acceptable = weight(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = acceptable;
            } else if (coding.equals("*")) {
                any = acceptable;
            }
        }
        return named != null ? named : any;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
