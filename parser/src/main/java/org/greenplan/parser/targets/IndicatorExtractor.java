package org.greenplan.parser.targets;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.parser.targets.Anchor.IndicatorSide;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Finds the indicator (指标) of an anchor: the noun phrase of its clause, trimmed of what is not the
 * indicator — time (到2022年, 2022年, 全年, 6月底前), place (全市), leading verbs and adverbs (培育, 完成,
 * 确保, 力争, 实现, 举办, 分别), trailing modal words (要, 应) and a baseline (比2020年). When no more than a verb
 * precedes a quantity (two characters at most), the indicator is what follows it:
 * 举办1次全市自然保护地管理培训班 → 自然保护地管理培训班, 新建800个智能工厂 → 智能工厂. A target whose
 * clause names no indicator at all is dropped: (60%) in a scoring formula is not a target.
 */
final class IndicatorExtractor {
    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})年";
    private static final ReusedMatcher LEADING = ReusedMatcher.compile("(?:到|至|截至|截止到?|在)?" + YEAR + "(?:底|末|度)?前?"
            + "|[0-9一二三四五六七八九十]{1,2}月(?:底|末|份)?前?"
            + "|\\d+年内|“?十[一二三四五六七]五”?(?:期间|时期|末)?|全年|年底前|年内|今年|每年|届时"
            + "|全市|全县|全区|全省|全国|其中|同时|分别|的|加快|力争|争取|确保|努力|坚决|保持|保障|持续|进一步"
            + "|培育|完成|实现|推动|推进|举办|开展|实施|创建|打造|消除");
    /** The characters a leading word can start with: the pattern is tried on a phrase starting with one only. */
    private static final BitSet LEADING_STARTS = startsOf(LEADING.pattern());

    private static final ReusedMatcher TRAILING =
            ReusedMatcher.compile("(?:要|应|需|须|必须|将|的|均|都|和|及|与|分别|总体|取得|力争|争取|确保|基本实现|实现|达到|完成|稳定|保持)$");
    /** The longest trailing word (基本实现) and a line break {@code $} may stand before (CR LF). */
    private static final int TRAILING_REACH = 6;

    private static final ReusedMatcher BASELINE =
            ReusedMatcher.compile("(?:同比|比|较)(?:上年|去年|上一年|基期|" + YEAR + "(?:底|末)?)(?:同期)?$");
    private static final ReusedMatcher BASELINE_START = ReusedMatcher.compile("(?:同比|比|较)");
    private static final String NOT_A_START = "性率量额数";
    private static final String EDGES = " \t　“”‘’\"'《》「」-－—·•●";
    private static final int SHORT = 2;
    private static final int MAX_AFTER = 30;

    private IndicatorExtractor() {}

    /**
     * @param previous the target before this one, or null; its end is where this clause may start at the
     *                 earliest, and a clause that starts with a baseline (森林覆盖率达到30%，比2020年提高2个百分点)
     *                 shares its indicator
     * @param next     where the next anchor starts, which an indicator after this anchor may not reach
     * @return the target, or null when the clause names no indicator
     */
    static TargetSpec toSpec(String text, Anchor anchor, TargetSpec previous, int next) {
        int floor = previous == null ? 0 : previous.end();
        int start = skipBlank(text, Math.max(Clauses.start(text, anchor.start()), floor), anchor.start());
        String before = text.substring(start, anchor.start());
        String indicator = anchor.side() == IndicatorSide.AFTER ? "" : clean(before);
        int end = anchor.end();
        if (indicator.length() <= SHORT && anchor.side() != IndicatorSide.BEFORE) {
            int limit = afterLimit(text, anchor, next);
            String after = clean(text.substring(anchor.end(), limit));
            indicator = after.isEmpty() ? indicator : after;
            end = after.isEmpty() ? end : trimEnd(text, anchor.end(), limit);
        }
        if (indicator.isEmpty() && previous != null && BASELINE_START.on(before).lookingAt()) {
            indicator = previous.indicator();
        }
        // The phrase starts at the indicator, so highlighting skips leading verbs (完成, 确保, 争取全年…).
        int at = indicator.isEmpty() ? -1 : before.indexOf(indicator);
        int phraseStart = at < 0 ? start : start + at;
        return indicator.isEmpty()
                ? null
                : new TargetSpec(
                        indicator,
                        anchor.comparator(),
                        anchor.value(),
                        anchor.upperValue(),
                        anchor.unit(),
                        text.substring(phraseStart, end),
                        phraseStart,
                        end);
    }

    private static int afterLimit(String text, Anchor anchor, int next) {
        int limit = Math.min(Math.min(Clauses.end(text, anchor.end()), next), anchor.end() + MAX_AFTER);
        return Math.max(anchor.end(), limit);
    }

    /** @return {@code raw} trimmed of time, place, leading verbs and trailing words; empty if it names nothing */
    static String clean(String raw) {
        String s = strip(raw);
        for (String before = null; !s.equals(before); ) {
            before = s;
            if (s.indexOf('比') >= 0 || s.indexOf('较') >= 0) { // every baseline holds one (同比, 比, 较)
                s = strip(BASELINE.on(s).replaceFirst(""));
            }
            Matcher leading = s.isEmpty() || !LEADING_STARTS.get(s.charAt(0)) ? null : LEADING.on(s);
            if (leading != null && leading.lookingAt() && canStart(s.substring(leading.end()))) {
                s = strip(s.substring(leading.end()));
            }
            // A trailing word is at most four characters, $ may stand before a final line break (two): the
            // region holds every place a match can start, so the pattern is not tried along the whole phrase.
            Matcher trailing = TRAILING.on(s).region(Math.max(0, s.length() - TRAILING_REACH), s.length());
            if (trailing.find() && (trailing.start() == 0 || trailing.start() >= 2)) {
                s = strip(s.substring(0, trailing.start()));
            }
        }
        return names(s) ? s : "";
    }

    /**
     * @return every character with which a match of {@code pattern} can start, found by asking the pattern about
     *         each character alone: where it fails without reading past that character ({@code hitEnd} false), no
     *         text starting with it matches; the pattern must have no look-behind
     */
    static BitSet startsOf(Pattern pattern) {
        BitSet starts = new BitSet();
        Matcher m = pattern.matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            m.reset(String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) {
                starts.set(c);
            }
        }
        return starts;
    }

    /** An indicator names something: 20% left over from a list (30%、20%和10%) does not. */
    private static boolean names(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !ChineseNumbers.isNumeralChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** 完成率 keeps its 完成: what is left after trimming must be empty or a word of its own. */
    private static boolean canStart(String rest) {
        return rest.isEmpty() || rest.length() >= 2 && NOT_A_START.indexOf(rest.charAt(0)) < 0;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && EDGES.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGES.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static int skipBlank(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
