package org.greenplan.parser.targets;

import org.greenplan.parser.targets.ComparatorWords.Word;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.QuantityReader.Quantity;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Quantities that describe the setting of a task rather than what it must achieve (the corpus README: "amounts
 * of subsidies and eligibility thresholds are not targets"):
 * <ul>
 *   <li>conditions: a quantity in a clause that ends in 的, which names who qualifies (对…实际完成投资1000万元
 *       及以上的，按…给予奖补; 年销售收入首次达到2000万元、5000万元、1亿元的，分别给予…: corpus 007, 011);</li>
 *   <li>thresholds: a measured quantity followed by 的 and a noun bounds a class of things, where it is
 *       printed with 以上/以下 (20人以上的自然村) or where the clause counts those things before it (培育5个以上
 *       收入过200亿元的软件产业集群): corpus 010, 017. A quantity that sizes the one thing delivered (设立总规模
 *       不少于100亿元的专项基金: corpus 012), a share (90%的市) and a classifier counting the noun (1000个以上的
 *       “数字标签”) are targets; 人 is a noun of its own, so 20人以上的自然村 is the size of the village; a
 *       measured quantity right after a verb of delivery sizes what is delivered (新建12公顷以上的湿地公园,
 *       建成20公里以上的绿道) and is a target;</li>
 *   <li>baselines: a quantity after 现有, 已有 or 原有, or before 基础上 (在现有…等62项便民服务的基础上: corpus
 *       006);</li>
 *   <li>scope: a quantity that is the object of 围绕, 依托, 聚焦 or 立足 names what the work builds on (围绕37条
 *       产业链和40个产业集群，支持…: corpus 017); after a verb of delivery it is a target again (依托省级科技计划
 *       每年实施重大项目20项, 围绕…等领域谋划建设2-3个重大科技基础设施: corpus 012, 011).</li>
 * </ul>
 */
final class DescriptiveQuantities {
    private static final String SENTENCE_BREAKS = "，。；：！？,;:!?\n\r";
    private static final ReusedMatcher BASELINE = ReusedMatcher.compile("(?<![实发表体出呈])现有|已有|原有");
    private static final String[] SCOPE = {"围绕", "依托", "聚焦", "立足"};

    private DescriptiveQuantities() {}

    /** @return true when the quantity describes a condition, threshold, baseline or scope */
    static boolean describes(String text, NumberToken token, Quantity quantity) {
        int before = Clauses.listStart(text, token.start());
        int restEnd = sentenceEnd(text, quantity.end());
        return condition(text, quantity.end(), restEnd)
                || threshold(text, token, quantity)
                || TextRanges.contains(text, quantity.end(), restEnd, "基础上")
                || TextRanges.contains(text, before, token.start(), '有')
                        && BASELINE.on(text.substring(before, token.start())).find()
                || scope(text, before, token.start());
    }

    /** 围绕37条产业链 is scope; 依托…实施重大项目20项 names a delivery after the word and is not. */
    private static boolean scope(String text, int from, int to) {
        for (String word : SCOPE) {
            int at = TextRanges.indexOf(text, from, to, word);
            if (at >= 0 && !ComparatorWords.namesDelivery(text, at, to)) {
                return true;
            }
        }
        return false;
    }

    /** 及以上的， / 、5000万元、1亿元的，: the only 的 left in [from, to), the rest of the sentence, closes it. */
    private static boolean condition(String text, int from, int to) {
        return to > from && text.charAt(to - 1) == '的' && !TextRanges.contains(text, from, to - 1, '的');
    }

    private static boolean threshold(String text, NumberToken token, Quantity quantity) {
        Word bound = ComparatorWords.after(text, quantity.end());
        int at = bound == null ? quantity.end() : bound.end();
        boolean qualifies = at + 1 < text.length() && text.charAt(at) == '的' && !Clauses.endsAt(text, at + 1);
        if (!qualifies) {
            return false;
        }
        boolean measured = !TargetUnits.PERCENT.equals(quantity.unit()) && !classifier(quantity.unit());
        boolean delivered = ComparatorWords.endsWithDelivery(text, token.start());
        return measured && !delivered && (bound != null || countedBefore(text, token.start()));
    }

    private static boolean countedBefore(String text, int start) {
        String clause = text.substring(Clauses.start(text, start), start);
        for (NumberToken token : NumberScanner.scan(clause)) {
            Quantity quantity = QuantityReader.read(clause, token);
            if (quantity != null && classifier(quantity.unit())) {
                return true;
            }
        }
        return false;
    }

    /** 个, 家, 项…: a classifier counts the noun after it; 人 is a noun itself (20人以上的自然村). */
    private static boolean classifier(String unit) {
        return TargetUnits.isCount(unit) && !TargetUnits.PERSONS.equals(unit);
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
