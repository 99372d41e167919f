package org.greenplan.parser.target;

import java.util.Arrays;

/**
 * Text that names rather than measures: quotations (“300米见绿、500米见园”), titles (《…》) and bracketed
 * document years (〔2019〕). Numbers inside are never targets. A closing mark without its opening mark (the
 * stray ” after 82% in the Suzhou work points) protects nothing; an opening mark left open at the end of
 * the sentence protects nothing either.
 */
final class ProtectedSpans {
    /** Marks that open and close each kind of span; “ may be closed by a straight quote, as printed. */
    private static final String[] OPENERS = {"“\"", "《", "「", "『", "〔", "【", "[［"};
    private static final String[] CLOSERS = {"”\"", "》", "」", "』", "〕", "】", "]］"};

    private ProtectedSpans() {
    }

    /** @return for each offset of {@code text}, whether it lies inside a quotation, title or bracket */
    static boolean[] of(String text) {
        boolean[] inside = new boolean[text.length()];
        int[] open = new int[OPENERS.length];
        Arrays.fill(open, -1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                Arrays.fill(open, -1);
            }
            for (int kind = 0; kind < OPENERS.length; kind++) {
                mark(inside, open, kind, c, i);
            }
        }
        return inside;
    }

    private static void mark(boolean[] inside, int[] open, int kind, char c, int i) {
        if (CLOSERS[kind].indexOf(c) >= 0 && open[kind] >= 0) {
            Arrays.fill(inside, open[kind], i + 1, true);
            open[kind] = -1;
        } else if (OPENERS[kind].indexOf(c) >= 0) {
            open[kind] = i;
        }
    }
}
