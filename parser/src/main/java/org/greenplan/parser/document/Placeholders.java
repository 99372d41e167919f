package org.greenplan.parser.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {0}}, {@code {1}} … in a default message text (of a {@link ReadRefusal} or a parse
 * issue code) in one pass; arguments are inserted as they are, a placeholder without an argument stays.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private Placeholders() {}

    /**
     * @param pattern text with {@code {n}} placeholders (n = 0…9)
     * @param args    the arguments in placeholder order
     * @return the text with the arguments filled in
     */
    public static String fill(String pattern, List<String> args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int index = m.group(1).charAt(0) - '0';
            String value = index < args.size() ? String.valueOf(args.get(index)) : m.group();
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return m.appendTail(text).toString();
    }
}
