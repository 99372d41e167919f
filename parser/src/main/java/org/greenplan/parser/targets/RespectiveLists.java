package org.greenplan.parser.targets;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Targets stated respectively (分别), one per value or one per subject:
 * <ul>
 *   <li>a list of values after 分别 gives one target each: 分别占比达30%、20%和10% → ≥ 30 %, ≥ 20 %, ≥ 10 %. A
 *       value without its own comparator word takes the first one's, and every value takes its indicator. A
 *       qualifier after the last value only (以上, 以下, 以内, 左右) closes the list and applies to every value,
 *       read together with the word before the first value as for a single value: 分别下降24%、25%以上 → a fall
 *       of at least 24 % and of at least 25 %, 分别为40%、35%以上 → ≥ 40 %, ≥ 35 % (以上 includes the value, PRC
 *       Civil Code art. 1259). A value printing words of its own keeps them (分别为80%以上、95%以下);</li>
 *   <li>a single value after 分别 applies to each subject listed before 分别, in its clause or, when 分别 opens
 *       the clause, in the clause before: 面向自然人和法人组织，分别形成1000个以上的“数字标签” → one target for
 *       自然人 and one for 法人组织 (corpus 010).</li>
 * </ul>
 */
final class RespectiveLists {
    private static final String RESPECTIVELY = "分别";
    /** The words joining a list, as {@link #joinerEnd} reads them (以及 before 及). */
    private static final Pattern JOINER = Pattern.compile("以及|[、和及与]");

    private static final String BOTH = "以及";
    private static final String JOINERS = "、和及与";
    private static final ReusedMatcher PREPOSITION = ReusedMatcher.compile("^(?:面向|针对|对于|对|为|向|在)");
    private static final String SENTENCE_BREAKS = "，。；：！？,;:!?\n\r";
    private static final int MAX_SUBJECTS = 6;
    /** Values read ahead for a closing qualifier; a longer list is no list of targets (and scanning stays linear). */
    static final int MAX_VALUES = 8;

    private RespectiveLists() {}

    /**
     * @param previous the target before {@code anchor}, or null
     * @return the target of a value that continues a 分别 list of values, when its clause names no indicator;
     *         else null
     */
    static TargetSpec item(String text, Anchor anchor, TargetSpec previous) {
        if (previous == null
                || anchor.value() == null
                || previous.end() > anchor.start()
                || joinerEnd(text, previous.end()) != anchor.start()
                || !inList(text, anchor.start())) {
            return null;
        }
        boolean ownPrefix = NumberScanner.numberAt(text, anchor.start()) == null;
        boolean ownSuffix = !ownPrefix && worded(text, anchor);
        boolean closesList = ownSuffix && !ComparatorWords.endsWithSuffix(text, previous.end());
        TargetComparator comparator =
                ownPrefix || ownSuffix && !closesList ? anchor.comparator() : previous.comparator();
        return new TargetSpec(
                previous.indicator(),
                comparator,
                anchor.value(),
                anchor.upperValue(),
                anchor.unit(),
                text.substring(anchor.start(), anchor.end()),
                anchor.start(),
                anchor.end());
    }

    /**
     * @return the target once per subject where a single value follows 分别 (the first value after it, with no
     *         list of values after it), else null: the target stands alone
     */
    static List<TargetSpec> perSubject(String text, Anchor anchor, TargetSpec target) {
        int at = lastRespectively(text, Clauses.start(text, anchor.start()), anchor.start());
        if (at < 0
                || anchor.value() == null
                || !NumberScanner.scan(text.substring(at, anchor.start())).isEmpty()
                || valueListFollows(text, anchor.end())) {
            return null;
        }
        String segment = subjectSegment(text, at);
        List<String> subjects = Arrays.stream(
                        JOINER.split(PREPOSITION.on(segment).replaceFirst("")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (subjects.size() < 2 || subjects.size() > MAX_SUBJECTS) {
            return null;
        }
        return subjects.stream()
                .map(subject -> withSubject(target, segment, subject))
                .toList();
    }

    /**
     * @return the offset of the last 分别 that starts at or after {@code from} and ends before {@code to}, else -1;
     *         searched only within the clause, so that scanning every anchor stays linear in the text
     */
    private static int lastRespectively(String text, int from, int to) {
        for (int i = to - RESPECTIVELY.length(); i >= from; i--) {
            if (text.startsWith(RESPECTIVELY, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The qualifier that closes a 分别 list of values, for its first value: 分别下降24%、25%以上 → 以上.
     *
     * @param text        the text
     * @param numberStart where the first value's number starts
     * @param end         where the first value's quantity ends
     * @return the qualifier after the list's last value, when 分别 stands before the first value in its clause,
     *         at least one more value follows, and none but the last prints a qualifier; else empty
     */
    static ComparatorWords.Word closingQualifier(String text, int numberStart, int end) {
        if (!TextRanges.contains(text, Clauses.start(text, numberStart), numberStart, RESPECTIVELY)) {
            return null;
        }
        int at = end;
        for (int values = 0; values < MAX_VALUES; values++) {
            int joined = joinerEnd(text, at);
            NumberToken number = joined < 0 ? null : NumberScanner.numberAt(text, joined);
            QuantityReader.Quantity next = number == null ? null : QuantityReader.read(text, number);
            if (next == null) {
                return null;
            }
            ComparatorWords.Word word = ComparatorWords.after(text, next.end(), next.unit());
            if (word != null) {
                return word;
            }
            at = next.end();
        }
        return null;
    }

    /** @return whether 分别 stands before {@code pos} in its clause, a list joined by 、 counting as one clause */
    static boolean inList(String text, int pos) {
        return TextRanges.contains(text, Clauses.listStart(text, pos), pos, RESPECTIVELY);
    }

    /** @return where the joiner (、, 和, 及, 与, 以及) starting at {@code at} ends, or -1 when none starts there */
    static int joinerEnd(String text, int at) {
        if (text.startsWith(BOTH, at)) {
            return at + BOTH.length();
        }
        return at < text.length() && JOINERS.indexOf(text.charAt(at)) >= 0 ? at + 1 : -1;
    }

    /** A 分别 list of values continues: 30%、20%. */
    private static boolean valueListFollows(String text, int end) {
        int joined = joinerEnd(text, end);
        return joined >= 0 && NumberScanner.numberAt(text, joined) != null;
    }

    /** The subjects before 分别: in its clause, or in the clause before when 分别 opens its own. */
    private static String subjectSegment(String text, int at) {
        int start = sentenceStart(text, at);
        String segment = IndicatorExtractor.clean(text, start, at);
        return segment.isEmpty() && start > 0
                ? IndicatorExtractor.clean(text, sentenceStart(text, start - 1), start - 1)
                : segment;
    }

    /** A和B分别占比 → A占比; 数字标签 (the subjects printed elsewhere) → 数字标签（自然人）. */
    private static TargetSpec withSubject(TargetSpec target, String segment, String subject) {
        String indicator = target.indicator();
        String named = indicator.startsWith(segment)
                ? subject + stripLeading(indicator.substring(segment.length()))
                : indicator + "（" + subject + "）";
        return new TargetSpec(
                named,
                target.comparator(),
                target.value(),
                target.upperValue(),
                target.unit(),
                target.printedPhrase(),
                target.start(),
                target.end());
    }

    private static String stripLeading(String rest) {
        return rest.startsWith(RESPECTIVELY) ? rest.substring(RESPECTIVELY.length()) : rest;
    }

    /** @return true when the anchor prints a comparator word of its own (达20%, 20%以上), not a bare 20% */
    private static boolean worded(String text, Anchor anchor) {
        NumberToken token = NumberScanner.numberAt(text, anchor.start());
        QuantityReader.Quantity quantity = token == null ? null : QuantityReader.read(text, token);
        return quantity == null || quantity.end() != anchor.end();
    }

    private static int sentenceStart(String text, int pos) {
        int i = pos;
        while (i > 0 && SENTENCE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }
}
