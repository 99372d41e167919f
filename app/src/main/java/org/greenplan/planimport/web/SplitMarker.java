package org.greenplan.planimport.web;

/**
 * Where the office asks to split a task: the first blank line it typed into the task text.
 */
final class SplitMarker {
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\R[ \\t\\u3000]*\\R");

    private SplitMarker() {}

    /** @return offset in {@link #remove(String)}'s result where the blank line was, or -1 */
    static int offset(String text) {
        if (text == null) {
            return -1;
        }
        var m = BLANK_LINE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** @return the text with its first blank line removed */
    static String remove(String text) {
        return text == null ? null : BLANK_LINE.matcher(text).replaceFirst("");
    }
}
