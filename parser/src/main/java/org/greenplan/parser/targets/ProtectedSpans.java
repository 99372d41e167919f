package org.greenplan.parser.targets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Text that names rather than measures: quotations (“300米见绿、500米见园”), titles (《…》) and bracketed
 * document years (〔2019〕), and a bracket right after a quotation or title, which glosses the name
 * (“1+N”（1个省级政务云平台，N个市级政务云节点）: corpus 009). Numbers inside are never targets. Other
 * round brackets are not protected: 新增2400户（累计约3600户） states a second target (corpus 006). A
 * closing mark without its opening mark (the stray ” after 82% in the Suzhou work points) protects
 * nothing; an opening mark left open at the end of the sentence protects nothing either.
 */
final class ProtectedSpans {
    private static final ProtectedSpans NONE = new ProtectedSpans(null);
    /** Marks that open and close each kind of span; “ may be closed by a straight quote, as printed. */
    private static final String[] OPENERS = {"“\"", "《", "「", "『", "〔", "【", "[［", "（("};

    private static final String[] CLOSERS = {"”\"", "》", "」", "』", "〕", "】", "]］", "）)"};
    /** Every opening and closing mark: other characters (nearly all of a text) change nothing. */
    private static final BitSet MARKS = marks();
    /** The round bracket, protected only as a gloss: opened right after a protected span. */
    private static final int GLOSS = OPENERS.length - 1;

    /** The offsets inside a protected span (one bit each, not a boolean's byte); null when the text has none. */
    private final BitSet inside;

    private ProtectedSpans(BitSet inside) {
        this.inside = inside;
    }

    /** @return the protected spans of {@code text} */
    static ProtectedSpans of(String text) {
        int first = firstMark(text);
        if (first < 0) {
            return NONE; // no mark, nothing protected: most task texts of some documents
        }
        BitSet inside = new BitSet(text.length());
        int[] open = new int[OPENERS.length];
        Arrays.fill(open, -1);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n') {
                Arrays.fill(open, -1);
            }
            if (!MARKS.get(c)) {
                continue;
            }
            for (int kind = 0; kind < OPENERS.length; kind++) {
                mark(inside, open, kind, c, i);
            }
        }
        return new ProtectedSpans(inside);
    }

    /** @return whether {@code pos} lies inside a quotation, title or bracket */
    boolean covers(int pos) {
        return inside != null && inside.get(pos);
    }

    private static int firstMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKS.get(c)) {
                return i;
            }
        }
        return -1;
    }

    private static BitSet marks() {
        BitSet marks = new BitSet();
        (String.join("", OPENERS) + String.join("", CLOSERS)).chars().forEach(marks::set);
        return marks;
    }

    private static void mark(BitSet inside, int[] open, int kind, char c, int i) {
        if (CLOSERS[kind].indexOf(c) >= 0 && open[kind] >= 0) {
            inside.set(open[kind], i + 1);
            open[kind] = -1;
        } else if (OPENERS[kind].indexOf(c) >= 0 && (kind != GLOSS || i > 0 && inside.get(i - 1))) {
            open[kind] = i;
        }
    }
}
