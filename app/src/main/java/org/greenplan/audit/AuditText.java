package org.greenplan.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A language-neutral audit description: a message key with its arguments, stored as
 * {@code #{audit.detail.periodsGenerated|12}} and rendered in the reader's language when the trail is shown
 * ({@code audit.web.AuditWords#detail}). Arguments must not contain {@code |} or <code>}</code> (they are numbers
 * or codes).
 */
public final class AuditText {
    private AuditText() {}

    /**
     * @param key  a message key present in both bundles, e.g. {@code audit.detail.evidenceFiles}
     * @param args its arguments ({0}, {1} …)
     * @return the stored form, e.g. {@code #{audit.detail.evidenceFiles|2}}
     * @throws IllegalArgumentException when an argument holds {@code |} or <code>}</code>
     */
    public static String of(String key, Object... args) {
        String joined = Arrays.stream(args)
                .map(String::valueOf)
                .peek(AuditText::check)
                .map(a -> "|" + a)
                .collect(Collectors.joining());
        return "#{" + key + joined + "}";
    }

    private static void check(String arg) {
        if (arg.contains("|") || arg.contains("}")) {
            throw new IllegalArgumentException("an audit text argument may hold neither | nor }: " + arg);
        }
    }
}
