package org.greenplan.shared;

import java.util.regex.Pattern;

/**
 * Text a person typed (a reason for closing a period, for withdrawing a plan…) set inside a sentence of ours, as in
 * {@code 原因：{1}。}: the message ends the sentence itself, so the typed text's own final stops (。．.！!？?；; and
 * trailing blanks) are dropped, and a reason typed as {@code 资金未到位。} does not print as {@code 资金未到位。。}. Only the
 * end is touched: stops inside the text, and a final ellipsis (…), stay. A bean of the application; templates call
 * it as {@code ${@sentences.clause(p.reason())}}.
 */
public class Sentences {
    private static final Pattern FINAL_STOPS = Pattern.compile("[\\s。．.！!？?；;]+$");

    /** @return the typed text without its final stops, or null for null */
    public static String clause(String typed) {
        return typed == null ? null : FINAL_STOPS.matcher(typed).replaceFirst("");
    }
}
