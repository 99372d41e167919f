package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import org.greenplan.parser.targets.Anchor.IndicatorSide;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.QuantityReader.Quantity;
import org.greenplan.parser.text.CuedPattern;
import org.greenplan.parser.text.CuedScan;

/**
 * Anchors of targets stated in words rather than numbers:
 * <ul>
 *   <li>direction only, at the end of a clause: 持续下降 → {@code DECREASE}, 持续提高/稳步提升 →
 *       {@code INCREASE}; not after 的 (推动绿色信贷总量的持续增长 is an aim, not a target), not after 取得
 *       (在…等方面取得明显提升 names an achievement, not a measure: corpus 011) and not when an object
 *       follows (持续提升“两法”衔接工作成效);</li>
 *   <li>零增长 (zero growth: change ≤ 0) → {@code DECREASE}, the direction-only comparator, as the
 *       reference reads 化肥使用量零增长; the printed phrase keeps 零增长 for the reviewer;</li>
 *   <li>references to a target set elsewhere: 达到国家考核要求, 完成省下达目标, 达到考核目标要求 →
 *       {@code REFERENCE};</li>
 *   <li>消除 X and X清零 → ≤ 0 个 (none left of X);</li>
 *   <li>X全覆盖 → = 100 %, 达到全覆盖 → ≥ 100 % ({@code Coverage} says when it is an aim or a feature
 *       instead);</li>
 *   <li>but none of 零增长, 消除, 清零 and 全覆盖 where the rest of the clause states a quantity: the word is then
 *       part of that quantity's indicator (黑臭水体消除比例达到92%, 全覆盖率达到80%);</li>
 *   <li>ranks at the end of a clause: 稳居全球前三, 位居全省第二 → ≤ N 位 (corpus 017).</li>
 * </ul>
 */
final class WordAnchors {
    /*
     * Each pattern is built from its cue words (see CuedPattern): a task text holding none of them is not
     * scanned, and a pattern given its greatest match length is tried only near its cues (see CuedScan) — most texts state no target in words, and a pattern without a literal start tries every position
     * of the text.
     */
    private static final List<String> ADVERBS = List.of("持续", "稳步", "逐步", "逐年", "不断", "明显", "大幅", "有所", "进一步");
    private static final String STEADY = "稳中有";
    private static final CuedPattern DIRECTION = CuedPattern.compile(
            CuedPattern.anyOf(ADVERBS) + "(下降|降低|减少|提高|提升|增长|增加|上升)|" + STEADY + "(降|升)",
            concat(ADVERBS, List.of(STEADY)),
            5); // 进一步提高
    private static final CuedPattern ZERO_GROWTH = literal("零增长");
    private static final List<String> MEET = List.of("达到", "完成", "满足", "符合");
    private static final CuedPattern REFERENCE = CuedPattern.compile(
            CuedPattern.anyOf(MEET) + "(?:(?:国家|省|市|上级)级?(?:下达的?|考核的?)*|考核|下达的?|年度)(?:目标)?(?:任务|要求)?", MEET);
    private static final CuedPattern ELIMINATE = CuedPattern.compile("(?:全面|坚决|基本|彻底)?消除", List.of("消除"), 4);
    private static final CuedPattern CLEAR = CuedPattern.compile("(?:动态|全部|全面)?清零", List.of("清零"), 4);
    private static final CuedPattern FULL_COVERAGE = CuedPattern.compile("(达到|达)?全覆盖", List.of("全覆盖"), 5);
    private static final List<String> STANDING = List.of("居", "位列", "跻身", "进入", "保持", "排名");
    private static final List<String> RANK_VERBS = List.of("稳居", "位居", "位列", "跻身", "进入", "保持", "排名", "居");
    /** 稳居, 位居 and 居 all hold 居, the cue for the three. */
    private static final CuedPattern RANK = CuedPattern.compile(
            CuedPattern.anyOf(RANK_VERBS) + "(?:全球|世界|全国|国内|全省|省内|全市|同行业|行业)?(?:前|第)([0-9]+|[一二三四五六七八九十]+)(?:名|位)?",
            STANDING);

    /*
     * The three patterns that cost most (their cues 进一步, 完成, 达到, 保持 are common words) start every match with
     * one of their words: they are tried only where one starts (see OpenedPattern).
     */
    private static final OpenedPattern OPENED_DIRECTION = OpenedPattern.of(DIRECTION, concat(ADVERBS, List.of(STEADY)));
    private static final OpenedPattern OPENED_REFERENCE = OpenedPattern.of(REFERENCE, MEET);
    private static final OpenedPattern OPENED_RANK = OpenedPattern.of(RANK, RANK_VERBS);

    private static final String[] DOWN = {"下降", "降低", "减少", "降"};
    private static final String[] NAMED_REFERENCES = {"目标", "任务", "要求"};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WordAnchors() {}

    /** Adds the worded anchors of {@code text} to {@code anchors}, pattern by pattern. */
    static void find(String text, ProtectedSpans protectedSpans, List<Anchor> anchors) {
        // Each reading takes the text as an argument: a lambda capturing it would be a new object per task text.
        collect(anchors, text, protectedSpans, OPENED_DIRECTION, WordAnchors::direction);
        collect(
                anchors,
                text,
                protectedSpans,
                ZERO_GROWTH,
                (t, m) -> Anchor.withoutValue(m.start(), m.end(), TargetComparator.DECREASE, IndicatorSide.BEFORE));
        collect(anchors, text, protectedSpans, OPENED_REFERENCE, WordAnchors::reference);
        collect(anchors, text, protectedSpans, ELIMINATE, (t, m) -> none(m, IndicatorSide.AFTER));
        collect(anchors, text, protectedSpans, CLEAR, (t, m) -> none(m, IndicatorSide.BEFORE));
        collect(anchors, text, protectedSpans, FULL_COVERAGE, WordAnchors::coverage);
        collect(anchors, text, protectedSpans, OPENED_RANK, WordAnchors::rank);
    }

    /** @return the patterns scanned at their opening words, by name (for tests) */
    static Map<String, OpenedPattern> openedPatterns() {
        return Map.of("DIRECTION", OPENED_DIRECTION, "REFERENCE", OPENED_REFERENCE, "RANK", OPENED_RANK);
    }

    private static void collect(
            List<Anchor> anchors,
            String text,
            ProtectedSpans protectedSpans,
            OpenedPattern pattern,
            BiFunction<String, Matcher, Anchor> toAnchor) {
        Matcher m = pattern.on(text);
        for (int from = 0; m != null && pattern.find(m, text, from); from = m.end()) {
            Anchor anchor = protectedSpans.covers(m.start()) ? null : toAnchor.apply(text, m);
            if (anchor != null) {
                anchors.add(anchor);
            }
        }
    }

    private static void collect(
            List<Anchor> anchors,
            String text,
            ProtectedSpans protectedSpans,
            CuedPattern pattern,
            BiFunction<String, Matcher, Anchor> toAnchor) {
        CuedScan scan = pattern.scan(text);
        while (scan.find()) {
            Matcher m = scan.matcher();
            Anchor anchor = protectedSpans.covers(m.start()) || quantityFollows(text, m.end(), protectedSpans)
                    ? null
                    : toAnchor.apply(text, m);
            if (anchor != null) {
                anchors.add(anchor);
            }
        }
    }

    /**
     * A word target whose clause goes on to state a quantity is part of that quantity's indicator, not a target
     * of its own: 城市黑臭水体消除比例达到92% is ≥ 92 % of 城市黑臭水体消除比例, not "none left" of 比例;
     * likewise 动态清零率达到100%, 全覆盖率达到80%, 消除黑臭水体12个.
     */
    private static boolean quantityFollows(String text, int from, ProtectedSpans protectedSpans) {
        int end = Clauses.end(text, from);
        for (NumberToken token = NumberScanner.next(text, from);
                token != null && token.start() < end;
                token = NumberScanner.next(text, token.end())) {
            Quantity quantity = QuantityReader.read(text, token);
            if (quantity != null && !NonTargetRules.excluded(text, token, quantity, protectedSpans)) {
                return true;
            }
        }
        return false;
    }

    private static CuedPattern literal(String word) {
        return CuedPattern.compile(word, List.of(word), word.length());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Anchor direction(String text, Matcher m) {
        boolean nominal =
                m.start() > 0 && text.charAt(m.start() - 1) == '的' || text.startsWith("取得", Math.max(0, m.start() - 2));
        if (!Clauses.endsAt(text, m.end()) || nominal) {
            return null;
        }
        int verb = m.start(1) >= 0 ? 1 : 2;
        boolean down = isDown(text, m.start(verb), m.end(verb));
        return Anchor.withoutValue(
                m.start(), m.end(), down ? TargetComparator.DECREASE : TargetComparator.INCREASE, IndicatorSide.BEFORE);
    }

    /** 前三 and 第一 are ranks where they end the clause (位居全国第一 yes, 进入第二批试点 no). */
    private static Anchor rank(String text, Matcher m) {
        if (!Clauses.endsAt(text, m.end())) {
            return null;
        }
        try {
            BigDecimal value = ChineseNumbers.parse(m.group(1));
            return new Anchor(
                    m.start(), m.end(), TargetComparator.AT_MOST, value, null, TargetUnits.RANK, IndicatorSide.BEFORE);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** 全覆盖 where {@code Coverage} says it is a target: = 100 %, 达到全覆盖 ≥ 100 %. */
    private static Anchor coverage(String text, Matcher m) {
        if (!Coverage.isTarget(text, m.start(), m.end())) {
            return null;
        }
        TargetComparator comparator = m.start(1) < 0 ? TargetComparator.EQUAL : TargetComparator.AT_LEAST;
        return new Anchor(m.start(), m.end(), comparator, HUNDRED, null, TargetUnits.PERCENT, IndicatorSide.BEFORE);
    }

    /** @return whether [start, end) is one of the verbs of a fall (下降, 降低, 减少, 降) */
    private static boolean isDown(String text, int start, int end) {
        for (String word : DOWN) {
            if (word.length() == end - start && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }

    private static Anchor reference(String text, Matcher m) {
        int end = m.end();
        boolean named = TextRanges.endsWithAny(text, end, NAMED_REFERENCES);
        return named ? Anchor.withoutValue(m.start(), m.end(), TargetComparator.REFERENCE, IndicatorSide.BEFORE) : null;
    }

    private static Anchor none(Matcher m, IndicatorSide side) {
        return new Anchor(
                m.start(), m.end(), TargetComparator.AT_MOST, BigDecimal.ZERO, null, TargetUnits.PIECES, side);
    }
}
