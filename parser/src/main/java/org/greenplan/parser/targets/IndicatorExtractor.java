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
        String indicator = anchor.side() == IndicatorSide.AFTER ? "" : clean(text, start, anchor.start());
        int end = anchor.end();
        if (indicator.length() <= SHORT && anchor.side() != IndicatorSide.BEFORE) {
            int limit = afterLimit(text, anchor, next);
            String after = clean(text, anchor.end(), limit);
            indicator = after.isEmpty() ? indicator : after;
            end = after.isEmpty() ? end : trimEnd(text, anchor.end(), limit);
        }
        if (indicator.isEmpty()
                && previous != null
                && BASELINE_START.on(text).region(start, anchor.start()).lookingAt()) {
            indicator = previous.indicator();
        }
        // The phrase starts at the indicator, so highlighting skips leading verbs (完成, 确保, 争取全年…).
        int at = indicator.isEmpty() ? -1 : indexIn(text, indicator, start, anchor.start());
        int phraseStart = at < 0 ? start : at;
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

    /** @return where {@code word} first stands wholly within [from, to) of {@code text}, or -1 */
    private static int indexIn(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        // a later occurrence would end later still: the first one decides
        return at >= 0 && at + word.length() <= to ? at : -1;
    }

    private static int afterLimit(String text, Anchor anchor, int next) {
        int limit = Math.min(Math.min(Clauses.end(text, anchor.end()), next), anchor.end() + MAX_AFTER);
        return Math.max(anchor.end(), limit);
    }

    /** @return {@code raw} trimmed of time, place, leading verbs and trailing words; empty if it names nothing */
    static String clean(String raw) {
        return clean(raw, 0, raw.length());
    }

    /**
     * {@link #clean(String)} of [from, to) of {@code text}, read in place: the phrase is copied once, when it
     * names something, instead of once per word trimmed.
     */
    static String clean(String text, int from, int to) {
        Phrase p = new Phrase(text, from, to).strip();
        for (Phrase before = null; !p.sameAs(before); ) {
            before = p;
            if (p.holds('比') || p.holds('较')) { // every baseline holds one (同比, 比, 较)
                p = p.withoutBaseline();
            }
            Matcher leading = p.isEmpty() || !LEADING_STARTS.get(p.charAt(0)) ? null : p.match(LEADING);
            if (leading != null && leading.lookingAt() && canStart(p, leading.end())) {
                p = p.startingAt(leading.end()).strip();
            }
            // A trailing word is at most four characters, $ may stand before a final line break (two): the
            // region holds every place a match can start, so the pattern is not tried along the whole phrase.
            Matcher trailing = p.match(TRAILING).region(Math.max(p.from, p.to - TRAILING_REACH), p.to);
            if (trailing.find() && (trailing.start() == p.from || trailing.start() >= p.from + 2)) {
                p = p.endingAt(trailing.start()).strip();
            }
        }
        return p.names() ? p.toString() : "";
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

    /**
     * The phrase being cleaned: [from, to) of {@code text}. A value; each step makes a new one (a few bytes)
     * instead of a copy of the characters.
     */
    private record Phrase(String text, int from, int to) {
        boolean isEmpty() {
            return from == to;
        }

        char charAt(int i) {
            return text.charAt(from + i);
        }

        boolean holds(char c) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }

        /** @return a matcher on the phrase alone, as on a copy of it (anchoring bounds: $ is its end) */
        Matcher match(ReusedMatcher pattern) {
            return pattern.on(text)
                    .useAnchoringBounds(true)
                    .useTransparentBounds(false)
                    .region(from, to);
        }

        Phrase startingAt(int start) {
            return new Phrase(text, start, to);
        }

        Phrase endingAt(int end) {
            return new Phrase(text, from, end);
        }

        /**
         * @return the phrase without the first baseline (比2020年), stripped; a baseline matched before a final
         *         line break leaves the break, so the phrase is then a copy of the two pieces around it
         */
        Phrase withoutBaseline() {
            Matcher m = match(BASELINE);
            if (!m.find()) {
                return this;
            }
            if (m.end() == to) {
                return endingAt(m.start()).strip();
            }
            String joined = text.substring(from, m.start()) + text.substring(m.end(), to);
            return new Phrase(joined, 0, joined.length()).strip();
        }

        Phrase strip() {
            int start = from;
            int end = to;
            while (start < end && EDGES.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && EDGES.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            return start == from && end == to ? this : new Phrase(text, start, end);
        }

        boolean sameAs(Phrase other) {
            return other != null && text == other.text && from == other.from && to == other.to;
        }

        /** An indicator names something: 20% left over from a list (30%、20%和10%) does not. */
        boolean names() {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c) && !ChineseNumbers.isNumeralChar(c)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }

    /** 完成率 keeps its 完成: what is left after trimming ({@code phrase} from {@code at}) must be empty or a word. */
    private static boolean canStart(Phrase phrase, int at) {
        int rest = phrase.to - at;
        return rest == 0 || rest >= 2 && NOT_A_START.indexOf(phrase.text.charAt(at)) < 0;
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
