package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * 附件 lists — the annexes a notice names, printed under the notice text, between the date and the
 * title, or at the end of the document:
 * <pre>
 * 附件：1.宿州市实施绿色发展行动2022年工作要点
 *       2.宿州市绿色发展行动任务分解表
 * </pre>
 * or {@code 附件：} on a line of its own above {@code 1.…}. The items are numbered 1. 2. 3. … (Arabic
 * numerals, counting on from the first) and each is an annex title: no sentence, no unit clause. They
 * become {@link LineKind#ANNEX_ITEM}s, so that they neither start the body nor become headings or tasks.
 * The 附件 line itself stays text: an annex line like any other ({@link BodyLandmarks},
 * {@link HeaderLines#isFrameNote}).
 */
final class AnnexLists {

    private static final ReusedMatcher LIST_LINE = ReusedMatcher.compile("^附件\\s*[：:]\\s*(.*)$");
    private static final int MAX_TITLE_LENGTH = 100;

    private AnnexLists() {}

    /** @return the tokens with the numbered items of every 附件 list re-kinded */
    static List<Token> mark(List<Token> tokens) {
        List<Token> marked = new ArrayList<>(tokens);
        for (int i = 0; i < marked.size(); i++) {
            int next = nextItemValue(marked.get(i));
            if (next > 0) {
                i = markItems(marked, i + 1, next);
            }
        }
        return List.copyOf(marked);
    }

    /**
     * @return the number the list's next line carries when {@code token} opens a 附件 list: 1 after
     *         {@code 附件：} alone, 2 after {@code 附件：1.…}; else 0
     */
    private static int nextItemValue(Token token) {
        Matcher list = LIST_LINE.on(token.line().content());
        if (!token.is(LineKind.TEXT) || !list.matches()) {
            return 0;
        }
        String first = list.group(1);
        if (first.isEmpty()) {
            return 1;
        }
        NumberMark mark = NumberStyle.find(first);
        return isItem(mark, first, 1) ? 2 : 0;
    }

    /** @return index of the last token looked at: the last item, or a blank line after it */
    private static int markItems(List<Token> tokens, int from, int firstValue) {
        int value = firstValue;
        int i = from;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(LineKind.BLANK)) {
                continue;
            }
            if (!token.is(LineKind.NUMBERED)
                    || !isItem(token.mark(), token.line().content(), value)) {
                break;
            }
            tokens.set(i, new Token(token.line(), LineKind.ANNEX_ITEM, token.mark()));
            value++;
        }
        return i - 1;
    }

    private static boolean isItem(NumberMark mark, String content, int value) {
        if (mark == null || mark.style() != NumberStyle.ARABIC_ENUM || mark.value() != value) {
            return false;
        }
        String title = content.substring(mark.length());
        return !title.isEmpty()
                && title.length() <= MAX_TITLE_LENGTH
                && !HeaderLines.isSentence(title)
                && !TreeBuilder.hasUnits(title);
    }
}
