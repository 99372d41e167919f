package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.parser.targets.Anchor.IndicatorSide;

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
 *   <li>ranks at the end of a clause: 稳居全球前三, 位居全省第二 → ≤ N 位 (corpus 017).</li>
 * </ul>
 */
final class WordAnchors {
    /*
     * Each pattern comes with its cues: texts of which every match contains at least one. A task text without
     * any is not scanned — most texts state no target in words, and a pattern without a literal start tries
     * every position of the text.
     */
    private static final Pattern DIRECTION =
            Pattern.compile("(?:持续|稳步|逐步|逐年|不断|明显|大幅|有所|进一步)(下降|降低|减少|提高|提升|增长|增加|上升)|稳中有(降|升)");
    private static final Pattern ZERO_GROWTH = Pattern.compile("零增长");
    private static final Pattern REFERENCE =
            Pattern.compile("(?:达到|完成|满足|符合)(?:(?:国家|省|市|上级)级?(?:下达的?|考核的?)*|考核|下达的?|年度)(?:目标)?(?:任务|要求)?");
    private static final Pattern ELIMINATE = Pattern.compile("(?:全面|坚决|基本|彻底)?消除");
    private static final Pattern CLEAR = Pattern.compile("(?:动态|全部|全面)?清零");
    private static final Pattern FULL_COVERAGE = Pattern.compile("(达到|达)?全覆盖");
    private static final Pattern RANK = Pattern.compile(
            "(?:稳居|位居|位列|跻身|进入|保持|排名|居)" + "(?:全球|世界|全国|国内|全省|省内|全市|同行业|行业)?(?:前|第)([0-9]+|[一二三四五六七八九十]+)(?:名|位)?");
    private static final String[] DIRECTION_CUES = {"持续", "稳步", "逐步", "逐年", "不断", "明显", "大幅", "有所", "进一步", "稳中有"};
    private static final String[] REFERENCE_CUES = {"达到", "完成", "满足", "符合"};
    private static final String[] RANK_CUES = {"居", "位列", "跻身", "进入", "保持", "排名"};
    private static final Set<String> DOWN = Set.of("下降", "降低", "减少", "降");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WordAnchors() {}

    static List<Anchor> find(String text, boolean[] protectedSpans) {
        List<Anchor> anchors = new ArrayList<>();
        collect(anchors, text, protectedSpans, DIRECTION, DIRECTION_CUES, m -> direction(text, m));
        collect(
                anchors,
                text,
                protectedSpans,
                ZERO_GROWTH,
                new String[] {"零增长"},
                m -> Anchor.withoutValue(m.start(), m.end(), TargetComparator.DECREASE, IndicatorSide.BEFORE));
        collect(anchors, text, protectedSpans, REFERENCE, REFERENCE_CUES, WordAnchors::reference);
        collect(anchors, text, protectedSpans, ELIMINATE, new String[] {"消除"}, m -> none(m, IndicatorSide.AFTER));
        collect(anchors, text, protectedSpans, CLEAR, new String[] {"清零"}, m -> none(m, IndicatorSide.BEFORE));
        collect(
                anchors,
                text,
                protectedSpans,
                FULL_COVERAGE,
                new String[] {"全覆盖"},
                m -> Coverage.isTarget(text, m.start(), m.end())
                        ? new Anchor(
                                m.start(),
                                m.end(),
                                m.group(1) == null ? TargetComparator.EQUAL : TargetComparator.AT_LEAST,
                                HUNDRED,
                                null,
                                TargetUnits.PERCENT,
                                IndicatorSide.BEFORE)
                        : null);
        collect(anchors, text, protectedSpans, RANK, RANK_CUES, m -> rank(text, m));
        return anchors;
    }

    private static void collect(
            List<Anchor> anchors,
            String text,
            boolean[] protectedSpans,
            Pattern pattern,
            String[] cues,
            Function<Matcher, Anchor> toAnchor) {
        if (!mentionsAny(text, cues)) {
            return;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Anchor anchor = protectedSpans[m.start()] ? null : toAnchor.apply(m);
            if (anchor != null) {
                anchors.add(anchor);
            }
        }
    }

    private static boolean mentionsAny(String text, String[] cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static Anchor direction(String text, Matcher m) {
        boolean nominal =
                m.start() > 0 && text.charAt(m.start() - 1) == '的' || text.startsWith("取得", Math.max(0, m.start() - 2));
        if (!Clauses.endsAt(text, m.end()) || nominal) {
            return null;
        }
        String verb = m.group(1) != null ? m.group(1) : m.group(2);
        boolean down = DOWN.contains(verb);
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

    private static Anchor reference(Matcher m) {
        String word = m.group();
        boolean named = word.endsWith("目标") || word.endsWith("任务") || word.endsWith("要求");
        return named ? Anchor.withoutValue(m.start(), m.end(), TargetComparator.REFERENCE, IndicatorSide.BEFORE) : null;
    }

    private static Anchor none(Matcher m, IndicatorSide side) {
        return new Anchor(
                m.start(), m.end(), TargetComparator.AT_MOST, BigDecimal.ZERO, null, TargetUnits.PIECES, side);
    }
}
