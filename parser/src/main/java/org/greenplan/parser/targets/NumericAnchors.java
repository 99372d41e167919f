package org.greenplan.parser.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenplan.parser.targets.Anchor.IndicatorSide;
import org.greenplan.parser.targets.ComparatorWords.Word;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.QuantityReader.Quantity;

/** Anchors around printed quantities: 达到100%, 15万千瓦以上, 增加1个百分点, 3-5家. */
final class NumericAnchors {

    private NumericAnchors() {}

    static List<Anchor> find(String text, boolean[] protectedSpans) {
        List<Anchor> anchors = new ArrayList<>();
        int consumed = 0;
        for (NumberToken token : NumberScanner.scan(text)) {
            if (token.start() < consumed) {
                continue;
            }
            Optional<Anchor> anchor = QuantityReader.read(text, token)
                    .filter(q -> !NonTargetRules.excluded(text, token, q, protectedSpans))
                    .flatMap(q -> anchor(text, token, q));
            if (anchor.isPresent()) {
                anchors.add(anchor.get());
                consumed = anchor.get().end();
            }
        }
        return anchors;
    }

    /**
     * Chinese numerals are often words in prose (一个, 两个市场); without a comparator word or a verb of
     * delivery (培育绿色工厂两家) they are not read as targets. A duration without a comparator word
     * describes a service (24小时服务, 15分钟生活圈); with one it is a time limit (48小时内放行).
     */
    private static Optional<Anchor> anchor(String text, NumberToken token, Quantity quantity) {
        Optional<Word> before = ComparatorWords.before(text, token.start());
        Optional<Word> printed = ComparatorWords.after(text, quantity.end(), quantity.unit());
        // The qualifier closing a 分别 list (分别下降24%、25%以上) counts for the first value too, but the
        // anchor still ends at that value, so that the next values are anchors of their own.
        Optional<Word> after =
                printed.isPresent() ? printed : RespectiveLists.closingQualifier(text, token.start(), quantity.end());
        String clause = text.substring(Clauses.start(text, token.start()), token.start());
        boolean worded = before.isPresent() || after.isPresent() || quantity.upper() != null || quantity.more();
        boolean delivery = ComparatorWords.namesDelivery(clause);
        if (!worded && (token.chinese() && !delivery || TargetUnits.isDuration(quantity.unit()))) {
            return Optional.empty();
        }
        TargetComparator comparator =
                !worded && TargetUnits.isCount(quantity.unit()) && ComparatorWords.closesFixedCount(text, token.start())
                        ? TargetComparator.EQUAL
                        : comparator(text, quantity, before, after, clause);
        int start = before.map(Word::start).orElse(token.start());
        int end = printed.map(Word::end).orElse(quantity.end());
        return Optional.of(new Anchor(
                start,
                end,
                comparator,
                quantity.value(),
                quantity.upper(),
                quantity.unit(),
                IndicatorSide.BEFORE_OR_AFTER));
    }

    private static TargetComparator comparator(
            String text, Quantity quantity, Optional<Word> before, Optional<Word> after, String clause) {
        if (quantity.upper() != null) {
            return TargetComparator.BETWEEN;
        }
        if (before.isEmpty() && after.isEmpty() && !quantity.more() && TargetUnits.PERCENT.equals(quantity.unit())) {
            return ComparatorWords.barePercent(text, quantity.end(), quantity.value(), clause);
        }
        return ComparatorWords.resolve(before, after, quantity.more(), quantity.unit(), clause);
    }
}
