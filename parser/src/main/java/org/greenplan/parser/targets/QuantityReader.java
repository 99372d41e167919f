package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.UnitCatalogue.UnitMatch;

/**
 * Reads the quantity that starts with a number: magnitude (万, 亿), 余/多 (more than), unit, and a range
 * (3-5家, 3至5个, 30%～50%). A number without a unit is not a quantity: 2022年, 6月, 第3条 and 〔2019〕3号
 * end here. The one exception is a number with a magnitude (万, 亿) after a comparator word at the end of
 * its clause, where the document prints no unit at all: 标识注册总量突破5亿 → &gt; 500000000 with no unit
 * (corpus 007).
 */
final class QuantityReader {

    /**
     * A quantity in a canonical unit.
     *
     * @param upper the upper bound of a range, else null
     * @param more  true after 余 or 多 (100余家: more than 100)
     */
    record Quantity(int end, BigDecimal value, BigDecimal upper, String unit, boolean more) {}

    /** A number with what follows it; {@code unit} is null when no unit follows. */
    private record Part(int end, BigDecimal number, BigDecimal magnitude, UnitMatch unit, boolean more) {
        BigDecimal value(BigDecimal impliedMagnitude, UnitMatch impliedUnit) {
            BigDecimal scale = magnitude.equals(BigDecimal.ONE) ? impliedMagnitude : magnitude;
            return ChineseNumbers.plain(number.multiply(scale).multiply(impliedUnit.factor()));
        }
    }

    private static final String RANGE_SEPARATORS = "-－—–~～至到";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 2;

    private QuantityReader() {}

    static Optional<Quantity> read(String text, NumberToken token) {
        if (token.fraction()) {
            BigDecimal percent = token.value().multiply(HUNDRED).setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
            return Optional.of(
                    new Quantity(token.end(), ChineseNumbers.plain(percent), null, TargetUnits.PERCENT, false));
        }
        Part first = part(text, token);
        Optional<Quantity> range = range(text, first);
        if (range.isPresent()) {
            return range;
        }
        if (first.unit() == null) {
            Optional<Quantity> listed = sharedUnit(text, token, first);
            return listed.isPresent() ? listed : unitless(text, token, first);
        }
        return Optional.of(new Quantity(
                first.end(),
                first.value(BigDecimal.ONE, first.unit()),
                null,
                first.unit().code(),
                first.more()));
    }

    private static Part part(String text, NumberToken token) {
        int pos = token.end();
        Optional<UnitMatch> magnitude = UnitCatalogue.magnitudeAt(text, pos);
        pos = magnitude.map(UnitMatch::end).orElse(pos);
        boolean more = pos < text.length() && "余多".indexOf(text.charAt(pos)) >= 0;
        pos += more ? 1 : 0;
        Optional<UnitMatch> unit = UnitCatalogue.unitAt(text, pos);
        return new Part(
                unit.map(UnitMatch::end).orElse(pos),
                token.value(),
                magnitude.map(UnitMatch::factor).orElse(BigDecimal.ONE),
                unit.orElse(null),
                more);
    }

    private static Optional<Quantity> unitless(String text, NumberToken token, Part first) {
        boolean stated = !first.magnitude().equals(BigDecimal.ONE)
                && Clauses.endsAt(text, first.end())
                && ComparatorWords.before(text, token.start()).isPresent();
        return stated
                ? Optional.of(new Quantity(
                        first.end(),
                        ChineseNumbers.plain(first.number().multiply(first.magnitude())),
                        null,
                        null,
                        first.more()))
                : Optional.empty();
    }

    /**
     * 分别为12、20、30个以上, 分别达到3、5、8万千瓦: a value of a 分别 list may leave out the magnitude and unit
     * that the list's last value prints; it takes them from the first later value that prints a unit. Values
     * printing a magnitude or 余 of their own, or a list without 分别 before it, share nothing.
     */
    private static Optional<Quantity> sharedUnit(String text, NumberToken token, Part first) {
        if (!first.magnitude().equals(BigDecimal.ONE) || first.more() || !RespectiveLists.inList(text, token.start())) {
            return Optional.empty();
        }
        int at = first.end();
        for (int values = 0; values < RespectiveLists.MAX_VALUES; values++) {
            int next = RespectiveLists.joinerEnd(text, at);
            Optional<NumberToken> number = next < 0
                    ? Optional.empty()
                    : NumberScanner.numberAt(text, next).filter(t -> !t.fraction());
            if (number.isEmpty()) {
                return Optional.empty();
            }
            Part part = part(text, number.get());
            if (part.unit() != null) {
                BigDecimal value = first.value(part.magnitude(), part.unit());
                return Optional.of(
                        new Quantity(first.end(), value, null, part.unit().code(), false));
            }
            if (!part.magnitude().equals(BigDecimal.ONE) || part.more()) {
                return Optional.empty();
            }
            at = part.end();
        }
        return Optional.empty();
    }

    /** 3-5家: the first number may leave out the magnitude and unit the second one prints. */
    private static Optional<Quantity> range(String text, Part first) {
        int sep = first.end();
        if (sep >= text.length() || RANGE_SEPARATORS.indexOf(text.charAt(sep)) < 0 || first.more()) {
            return Optional.empty();
        }
        Optional<NumberToken> next = NumberScanner.numberAt(text, sep + 1).filter(t -> !t.fraction());
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Part second = part(text, next.get());
        if (second.unit() == null
                || first.unit() != null
                        && !first.unit().code().equals(second.unit().code())) {
            return Optional.empty();
        }
        boolean implied = first.unit() == null;
        BigDecimal lower =
                first.value(implied ? second.magnitude() : BigDecimal.ONE, implied ? second.unit() : first.unit());
        return Optional.of(new Quantity(
                second.end(),
                lower,
                second.value(BigDecimal.ONE, second.unit()),
                second.unit().code(),
                false));
    }
}
