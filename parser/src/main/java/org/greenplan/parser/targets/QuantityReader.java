package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * A quantity in a canonical unit; its values are multiplied out only when asked for, as most quantities
     * turn out to be no target (a support amount, a condition, a baseline).
     *
     * @param lower the value, or the lower bound of a range
     * @param upper the upper bound of a range, else null
     * @param more  true after 余 or 多 (100余家: more than 100)
     */
    record Quantity(int end, Amount lower, Amount upper, String unit, boolean more) {
        /** @return the value in the canonical unit, {@code text} being the text read */
        BigDecimal value(String text) {
            return lower.value(text);
        }

        /** @return the upper bound of a range in the canonical unit, else null */
        BigDecimal upper(String text) {
            return upper == null ? null : upper.value(text);
        }

        /** @return whether the quantity is a range (3-5家) */
        boolean isRange() {
            return upper != null;
        }
    }

    /**
     * A printed number times its magnitude (万 → 10<sup>4</sup>) and its unit's factor into the canonical unit
     * (兆瓦 → 1000 kW); a fraction (百分之九十) is a percentage of 100 with two decimals.
     */
    record Amount(NumberToken number, BigDecimal magnitude, BigDecimal factor) {
        BigDecimal value(String text) {
            BigDecimal printed = number.value(text);
            if (number.fraction()) {
                return ChineseNumbers.plain(printed.multiply(HUNDRED).setScale(PERCENT_SCALE, RoundingMode.HALF_UP));
            }
            if (BigDecimal.ONE.equals(magnitude) && BigDecimal.ONE.equals(factor)) {
                return printed; // already without trailing zeros: times one is the same value and scale
            }
            return ChineseNumbers.plain(printed.multiply(magnitude).multiply(factor));
        }
    }

    /** A number with what follows it; {@code unit} is null when no unit follows. */
    private record Part(NumberToken number, int end, BigDecimal magnitude, UnitMatch unit, boolean more) {
        /** The value, taking an unprinted magnitude and unit from a later number (3-5万千瓦, 分别为3、5万千瓦). */
        Amount amount(BigDecimal impliedMagnitude, UnitMatch impliedUnit) {
            BigDecimal scale = magnitude.equals(BigDecimal.ONE) ? impliedMagnitude : magnitude;
            return new Amount(number, scale, impliedUnit.factor());
        }
    }

    private static final String RANGE_SEPARATORS = "-－—–~～至到";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 2;

    private QuantityReader() {}

    /** @return the quantity starting with {@code token}, or null when the number has no unit */
    static Quantity read(String text, NumberToken token) {
        if (token.fraction()) {
            return new Quantity(token.end(), new Amount(token, null, null), null, TargetUnits.PERCENT, false);
        }
        Part first = part(text, token);
        Quantity range = range(text, first);
        if (range != null) {
            return range;
        }
        if (first.unit() == null) {
            Quantity listed = sharedUnit(text, token, first);
            return listed != null ? listed : unitless(text, token, first);
        }
        return new Quantity(
                first.end(),
                first.amount(BigDecimal.ONE, first.unit()),
                null,
                first.unit().code(),
                first.more());
    }

    private static Part part(String text, NumberToken token) {
        int pos = token.end();
        UnitMatch magnitude = UnitCatalogue.magnitudeAt(text, pos);
        pos = magnitude == null ? pos : magnitude.end();
        boolean more = pos < text.length() && "余多".indexOf(text.charAt(pos)) >= 0;
        pos += more ? 1 : 0;
        UnitMatch unit = UnitCatalogue.unitAt(text, pos);
        return new Part(
                token,
                unit == null ? pos : unit.end(),
                magnitude == null ? BigDecimal.ONE : magnitude.factor(),
                unit,
                more);
    }

    private static Quantity unitless(String text, NumberToken token, Part first) {
        boolean stated = !first.magnitude().equals(BigDecimal.ONE)
                && Clauses.endsAt(text, first.end())
                && ComparatorWords.before(text, token.start()) != null;
        return stated
                ? new Quantity(
                        first.end(), new Amount(token, first.magnitude(), BigDecimal.ONE), null, null, first.more())
                : null;
    }

    /**
     * 分别为12、20、30个以上, 分别达到3、5、8万千瓦: a value of a 分别 list may leave out the magnitude and unit
     * that the list's last value prints; it takes them from the first later value that prints a unit. Values
     * printing a magnitude or 余 of their own, or a list without 分别 before it, share nothing.
     */
    private static Quantity sharedUnit(String text, NumberToken token, Part first) {
        if (!first.magnitude().equals(BigDecimal.ONE) || first.more() || !RespectiveLists.inList(text, token.start())) {
            return null;
        }
        int at = first.end();
        for (int values = 0; values < RespectiveLists.MAX_VALUES; values++) {
            int next = RespectiveLists.joinerEnd(text, at);
            NumberToken number = next < 0 ? null : NumberScanner.numberAt(text, next);
            if (number == null || number.fraction()) {
                return null;
            }
            Part part = part(text, number);
            if (part.unit() != null) {
                return new Quantity(
                        first.end(),
                        first.amount(part.magnitude(), part.unit()),
                        null,
                        part.unit().code(),
                        false);
            }
            if (!part.magnitude().equals(BigDecimal.ONE) || part.more()) {
                return null;
            }
            at = part.end();
        }
        return null;
    }

    /** 3-5家: the first number may leave out the magnitude and unit the second one prints. */
    private static Quantity range(String text, Part first) {
        int sep = first.end();
        if (sep >= text.length() || RANGE_SEPARATORS.indexOf(text.charAt(sep)) < 0 || first.more()) {
            return null;
        }
        NumberToken next = NumberScanner.numberAt(text, sep + 1);
        if (next == null || next.fraction()) {
            return null;
        }
        Part second = part(text, next);
        if (second.unit() == null
                || first.unit() != null
                        && !first.unit().code().equals(second.unit().code())) {
            return null;
        }
        boolean implied = first.unit() == null;
        Amount lower =
                first.amount(implied ? second.magnitude() : BigDecimal.ONE, implied ? second.unit() : first.unit());
        return new Quantity(
                second.end(),
                lower,
                second.amount(BigDecimal.ONE, second.unit()),
                second.unit().code(),
                false);
    }
}
