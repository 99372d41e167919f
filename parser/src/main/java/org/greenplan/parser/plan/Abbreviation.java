package org.greenplan.parser.plan;

/** Shortens text for outlines and messages without splitting a surrogate pair. */
final class Abbreviation {

    private Abbreviation() {}

    /** @return the first {@code max} characters (code points) of {@code text}, then … if any were cut */
    static String of(String text, int max) {
        String oneLine = text.replaceAll("\\s*\\R\\s*", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max)) + "…";
    }
}
