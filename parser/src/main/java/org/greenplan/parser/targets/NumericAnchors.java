package org.greenplan.parser.targets;

import java.util.List;
import org.greenplan.parser.targets.Anchor.IndicatorSide;
import org.greenplan.parser.targets.ComparatorWords.Word;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.QuantityReader.Quantity;

/**
 * Anchors around printed quantities: 达到100%, 15万千瓦以上, 增加1个百分点, 3-5家.
 *
 * <p>Every number of a task text passes here, and most are no target (years, months, ordinals, support
 * amounts): each step below answers from the characters around the number first, and values are read only for
 * the anchors made.
 */
final class NumericAnchors {

    private NumericAnchors() {}

    /**
     * Adds the anchors of {@code text}, in printed order, to {@code anchors}.
     *
     * @param findings receives each quantity whose reading fails (1234,567万元: its digits read as no number),
     *                 which then costs only its own anchor
     */
    static void find(String text, ProtectedSpans protectedSpans, List<Anchor> anchors, Findings findings) {
        int consumed = 0;
        for (NumberToken token = NumberScanner.next(text, 0);
                token != null;
                token = NumberScanner.next(text, token.end())) {
            if (token.start() < consumed) {
                continue;
            }
            Quantity quantity = null;
            try {
                quantity = QuantityReader.read(text, token);
                Anchor anchor = quantity == null || NonTargetRules.excluded(text, token, quantity, protectedSpans)
                        ? null
                        : anchor(text, token, quantity);
                if (anchor != null) {
                    anchors.add(anchor);
                    consumed = anchor.end();
                }
            } catch (RuntimeException failure) {
                int end = quantity == null ? token.end() : quantity.end();
                findings.fail(TargetReading.Failure.of(text, token.start(), end, failure));
                consumed = end;
            }
        }
    }

    /**
     * Chinese numerals are often words in prose (一个, 两个市场); without a comparator word or a verb of
     * delivery (培育绿色工厂两家) they are not read as targets. A duration without a comparator word
     * describes a service (24小时服务, 15分钟生活圈); with one it is a time limit (48小时内放行).
     */
    private static Anchor anchor(String text, NumberToken token, Quantity quantity) {
        Word before = ComparatorWords.before(text, token.start());
        Word printed = ComparatorWords.after(text, quantity.end(), quantity.unit());
        // The qualifier closing a 分别 list (分别下降24%、25%以上) counts for the first value too, but the
        // anchor still ends at that value, so that the next values are anchors of their own.
        Word after = printed != null ? printed : RespectiveLists.closingQualifier(text, token.start(), quantity.end());
        int clauseStart = Clauses.start(text, token.start());
        boolean worded = before != null || after != null || quantity.isRange() || quantity.more();
        if (!worded
                && (token.chinese() && !ComparatorWords.namesDelivery(text, clauseStart, token.start())
                        || TargetUnits.isDuration(quantity.unit()))) {
            return null;
        }
        TargetComparator comparator =
                !worded && TargetUnits.isCount(quantity.unit()) && ComparatorWords.closesFixedCount(text, token.start())
                        ? TargetComparator.EQUAL
                        : comparator(text, token, quantity, before, after, clauseStart);
        return new Anchor(
                before == null ? token.start() : before.start(),
                printed == null ? quantity.end() : printed.end(),
                comparator,
                quantity.value(text),
                quantity.upper(text),
                quantity.unit(),
                IndicatorSide.BEFORE_OR_AFTER);
    }

    private static TargetComparator comparator(
            String text, NumberToken token, Quantity quantity, Word before, Word after, int clauseStart) {
        if (quantity.isRange()) {
            return TargetComparator.BETWEEN;
        }
        if (before == null && after == null && !quantity.more() && TargetUnits.PERCENT.equals(quantity.unit())) {
            return ComparatorWords.barePercent(text, quantity.end(), quantity.value(text), clauseStart, token.start());
        }
        return ComparatorWords.resolve(
                before, after, quantity.more(), quantity.unit(), text, clauseStart, token.start());
    }
}
