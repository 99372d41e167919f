package org.greenplan.parser.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds targets (目标) in the text of one task, e.g. 培育宿州市绿色工厂2家以上 → 宿州市绿色工厂 ≥ 2 家.
 *
 * <p>What it reads:
 * <ul>
 *   <li>quantities: Arabic, full-width and Chinese numbers, fractions (see {@link ChineseNumbers}), with
 *       万/亿 expanded and the unit made canonical (see {@link TargetUnits}): 15万千瓦 → 150000 kW;
 *       增加1个百分点 → 1 pp, which is not 1 %;</li>
 *   <li>comparators, inclusive or exclusive as PRC Civil Code art. 1259 says: 以上, 以下, 以内 include the
 *       number; 超过, 不满, 以外 exclude it (see {@link TargetComparator});</li>
 *   <li>direction-only targets (持续下降), references to targets set elsewhere (达到国家考核要求), 消除 X
 *       (≤ 0 个) and 全覆盖 (= 100 %);</li>
 *   <li>the indicator, from the clause the target stands in (after the last ，。；、 before it);</li>
 *   <li>分别 (respectively): one target per listed value (分别达30%、20%和10%) or, for a single value, one per
 *       listed subject (面向自然人和法人组织，分别形成1000个以上的“数字标签”);</li>
 *   <li>durations with a limit word (48小时内放行 → ≤ 48 小时) and ranks (稳居全球前三 → ≤ 3 位).</li>
 * </ul>
 * A quantity without a comparator word means "at least" when it counts things or names something to
 * deliver (举办1次 → ≥ 1 次, 新增装机200兆瓦 → ≥ 200000 kW), else "equal" (a bare 100% → = 100 %); 达到100%
 * is ≥ 100 %. Years, dates, task and document numbers, ordinals, quoted slogans (“300米见绿”), support
 * amounts (最高奖励3000万元, 给予10%补助), eligibility conditions and thresholds (…1000万元及以上的, 20人以上
 * 的自然村), baselines (在现有…62项…的基础上) and Chinese numerals used as words (一次性, 两个市场) are not
 * targets.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class TargetPhraseParser {
    /** Anchors by start, the longer first where two start together. */
    private static final Comparator<Anchor> IN_ORDER =
            Comparator.comparingInt(Anchor::start).thenComparingInt(a -> -a.end());

    private final Collector collector;

    /** Reads targets with the rules above. */
    public TargetPhraseParser() {
        this(TargetPhraseParser::collect);
    }

    /** @param collector the reading itself (tests replace it with one that fails) */
    TargetPhraseParser(Collector collector) {
        this.collector = collector;
    }

    /** Adds the targets of a text to a list, in printed order, and the phrases it could not read to another. */
    @FunctionalInterface
    interface Collector {
        void collect(String text, Findings findings);
    }

    /**
     * @param taskText task text with numbering and unit clauses removed; null is read as empty
     * @return targets in the order they appear, with {@code start}/{@code end} offsets into
     *         {@code taskText}; empty when none; never throws on odd input (a phrase that cannot be read is
     *         left out and the other targets kept: use {@link #read(String)} to report it)
     */
    public List<TargetSpec> findTargets(String taskText) {
        return read(taskText).targets();
    }

    /**
     * Like {@link #findTargets(String)}, but says which phrases could not be read, so that the plan parser
     * reports each as an issue where it is printed instead of losing targets silently. A phrase that fails
     * (1234,567万元, whose digit groups are misprinted) costs only its own target; a failure outside any one
     * phrase keeps the targets read before it.
     *
     * @param taskText task text with numbering and unit clauses removed; null is read as empty
     * @return the targets found and the failures, if any; never throws
     */
    public TargetReading read(String taskText) {
        Findings findings = new Findings();
        try {
            collector.collect(taskText == null ? "" : taskText, findings);
        } catch (RuntimeException | StackOverflowError failure) {
            findings.fail(new TargetReading.Failure(null, 0, TargetReading.Failure.describe(failure)));
        }
        return findings.reading();
    }

    /**
     * Adds the targets of {@code text}, and each phrase whose target fails, to {@code findings}; unlike
     * {@link #findTargets} it lets a failure outside any one phrase surface.
     */
    static void collect(String text, Findings findings) {
        List<Anchor> anchors = anchors(text, findings);
        TargetSpec previous = null;
        for (int i = 0; i < anchors.size(); i++) {
            Anchor anchor = anchors.get(i);
            int next = i + 1 < anchors.size() ? anchors.get(i + 1).start() : text.length();
            try {
                TargetSpec target = IndicatorExtractor.toSpec(text, anchor, previous, next);
                target = target != null ? target : RespectiveLists.item(text, anchor, previous);
                if (target != null) {
                    List<TargetSpec> perSubject = RespectiveLists.perSubject(text, anchor, target);
                    if (perSubject == null) {
                        findings.add(target);
                    } else {
                        findings.addAll(perSubject);
                    }
                    previous = target;
                }
            } catch (RuntimeException failure) {
                findings.fail(TargetReading.Failure.of(text, anchor.start(), anchor.end(), failure));
            }
        }
    }

    private static List<Anchor> anchors(String text, Findings findings) {
        ProtectedSpans protectedSpans = ProtectedSpans.of(text);
        List<Anchor> found = new ArrayList<>();
        NumericAnchors.find(text, protectedSpans, found, findings);
        WordAnchors.find(text, protectedSpans, found);
        found.sort(IN_ORDER);
        // Overlapping anchors: the first (the longer where two start together) wins; kept in place, not copied.
        int kept = 0;
        int end = 0;
        for (int i = 0; i < found.size(); i++) {
            Anchor anchor = found.get(i);
            if (anchor.start() >= end) {
                found.set(kept++, anchor);
                end = anchor.end();
            }
        }
        while (found.size() > kept) { // from the end: no view object, no copy
            found.remove(found.size() - 1);
        }
        return found;
    }
}
