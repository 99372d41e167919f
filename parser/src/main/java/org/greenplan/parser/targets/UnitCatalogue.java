package org.greenplan.parser.targets;

import static org.greenplan.parser.targets.TargetUnits.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Printed units and magnitudes, each mapped to a canonical code of {@link TargetUnits} and a factor:
 * 兆瓦 → kW × 1000, 万 → × 10<sup>4</sup>. A unit of intensity (吨标准煤/万元) is read on from its first unit by
 * {@link IntensityUnits}. Matching is longest first, so 个百分点 wins over 个, 个工作日
 * and 个月 (durations) over 个, 人次 over 人 and 吨标准煤 over 吨. A unit spelt in Latin letters ends at a
 * letter boundary: the M of 5000M is a unit, the M of 100MB is not. 日 alone is not a unit (30日 is a
 * date), nor is 兆 (千兆, 百兆 name grades of network, not quantities: corpus 006).
 */
final class UnitCatalogue {

    /** A unit printed at some position: canonical code, factor into that code, end offset. */
    record UnitMatch(String code, BigDecimal factor, int end) {}

    private record Entry(String printed, String code, BigDecimal factor) {}

    private static final List<Entry> UNITS = longestFirst(List.of(
            unit("%", PERCENT),
            unit("％", PERCENT),
            unit("个百分点", PERCENTAGE_POINT),
            unit("百分点", PERCENTAGE_POINT),
            unit("千瓦时", KILOWATT_HOUR),
            unit("kWh", KILOWATT_HOUR),
            unit("千瓦", KILOWATT),
            unit("kW", KILOWATT),
            unit("KW", KILOWATT),
            unit("兆瓦", KILOWATT, 3),
            unit("MW", KILOWATT, 3),
            unit("kWp", KILOWATT),
            unit("MWp", KILOWATT, 3),
            unit("吉瓦", KILOWATT, 6),
            unit("GW", KILOWATT, 6),
            unit("吨标准煤", TONNE_OF_COAL_EQUIVALENT),
            unit("吨标煤", TONNE_OF_COAL_EQUIVALENT),
            unit("吨", TONNE),
            unit("千克标准煤", KILOGRAM_OF_COAL_EQUIVALENT),
            unit("公斤标准煤", KILOGRAM_OF_COAL_EQUIVALENT),
            unit("千克", KILOGRAM),
            unit("公斤", KILOGRAM),
            unit("kg", KILOGRAM),
            unit("克标准煤", GRAM_OF_COAL_EQUIVALENT),
            unit("克", GRAM),
            unit("毫克", MILLIGRAM),
            unit("mg", MILLIGRAM),
            unit("微克", MICROGRAM),
            unit("亩", MU),
            unit("公顷", HECTARE),
            unit("平方公里", SQUARE_KILOMETRE),
            unit("平方千米", SQUARE_KILOMETRE),
            unit("km²", SQUARE_KILOMETRE),
            unit("km2", SQUARE_KILOMETRE),
            unit("平方米", SQUARE_METRE),
            unit("m²", SQUARE_METRE),
            unit("公里", KILOMETRE),
            unit("千米", KILOMETRE),
            unit("km", KILOMETRE),
            unit("米", METRE),
            unit("立方米", CUBIC_METRE),
            unit("m³", CUBIC_METRE),
            unit("元", YUAN),
            unit("微克/立方米", MICROGRAM_PER_CUBIC_METRE),
            unit("μg/m³", MICROGRAM_PER_CUBIC_METRE),
            unit("μg/m3", MICROGRAM_PER_CUBIC_METRE),
            unit("ug/m3", MICROGRAM_PER_CUBIC_METRE),
            unit("家", ENTERPRISES),
            unit("个", PIECES),
            unit("项", ITEMS),
            unit("次", TIMES),
            unit("辆", VEHICLES),
            unit("标台", STANDARD_BUSES),
            unit("座", STRUCTURES),
            unit("处", SITES),
            unit("条", LINES),
            unit("台", MACHINES),
            unit("场", SESSIONS),
            unit("户", HOUSEHOLDS),
            unit("名", NAMED_PERSONS),
            unit("人", PERSONS),
            unit("人次", PERSON_TIMES),
            unit("分钟", MINUTE),
            unit("小时", HOUR),
            unit("天", DAY),
            unit("个月", MONTH),
            unit("个工作日", WORKING_DAY),
            unit("工作日", WORKING_DAY),
            unit("MWh", KILOWATT_HOUR, 3),
            unit("GWh", KILOWATT_HOUR, 6),
            unit("M", MEGABIT_PER_SECOND),
            unit("Mbps", MEGABIT_PER_SECOND),
            unit("Gbps", MEGABIT_PER_SECOND, 3)));

    private static final List<Entry> MAGNITUDES = longestFirst(List.of(
            unit("万亿", "", 12),
            unit("千亿", "", 11),
            unit("百亿", "", 10),
            unit("亿", "", 8),
            unit("千万", "", 7),
            unit("百万", "", 6),
            unit("十万", "", 5),
            unit("万", "", 4),
            unit("千", "", 3),
            unit("百", "", 2)));

    /* Asked at every numeral and at every character of a run of Chinese numerals: only the entries starting with
    the character there are tried (longest first, as in the lists above). */
    private static final WordIndex UNIT_INDEX = WordIndex.byFirstChar(printed(UNITS));
    private static final WordIndex MAGNITUDE_INDEX = WordIndex.byFirstChar(printed(MAGNITUDES));

    private UnitCatalogue() {}

    /** @return the unit printed at {@code pos}, longest match, a unit of intensity (克/千瓦时) included; else null */
    static UnitMatch unitAt(String text, int pos) {
        int unit = match(UNITS, UNIT_INDEX, text, pos);
        if (unit < 0) {
            return null;
        }
        UnitMatch match = matchAt(UNITS.get(unit), pos);
        UnitMatch intensity = IntensityUnits.after(text, match);
        return intensity != null ? intensity : match;
    }

    /** @return true when a unit such as 千瓦 starts at {@code pos}, so 千 there is not a magnitude */
    static boolean startsUnit(String text, int pos) {
        return match(UNITS, UNIT_INDEX, text, pos) >= 0;
    }

    /** @return the magnitude (万, 亿, 万亿, 千万…) printed at {@code pos}, unless a unit starts there; else null */
    static UnitMatch magnitudeAt(String text, int pos) {
        int magnitude = match(MAGNITUDES, MAGNITUDE_INDEX, text, pos);
        return magnitude < 0 || startsUnit(text, pos) ? null : matchAt(MAGNITUDES.get(magnitude), pos);
    }

    /** @return the index in {@code entries} of the longest entry printed at {@code pos}, or -1 */
    private static int match(List<Entry> entries, WordIndex index, String text, int pos) {
        if (pos >= text.length()) {
            return -1;
        }
        for (int i : index.keyedBy(text.charAt(pos))) {
            String printed = entries.get(i).printed();
            if (text.startsWith(printed, pos) && !latinRunsOn(text, printed, pos)) {
                return i;
            }
        }
        return -1;
    }

    private static UnitMatch matchAt(Entry entry, int pos) {
        return new UnitMatch(entry.code(), entry.factor(), pos + entry.printed().length());
    }

    private static List<String> printed(List<Entry> entries) {
        List<String> printed = new ArrayList<>();
        for (Entry entry : entries) {
            printed.add(entry.printed());
        }
        return printed;
    }

    /** @return true when a unit of Latin letters is followed by another letter: 100MB is not 100 M */
    private static boolean latinRunsOn(String text, String printed, int pos) {
        int end = pos + printed.length();
        return isLatin(printed.charAt(printed.length() - 1)) && end < text.length() && isLatin(text.charAt(end));
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static Entry unit(String printed, String code) {
        return unit(printed, code, 0);
    }

    private static Entry unit(String printed, String code, int powerOfTen) {
        return new Entry(printed, code, BigDecimal.TEN.pow(powerOfTen));
    }

    private static List<Entry> longestFirst(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.printed().length()).reversed());
        return List.copyOf(sorted);
    }
}
