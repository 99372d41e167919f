package org.greenplan.parser.targets;

import static org.greenplan.parser.targets.TargetUnits.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.targets.UnitCatalogue.UnitMatch;

/**
 * Units of intensity (强度, 单耗): a quantity unit over another unit, printed {@code 数量单位[物质]/[万|亿]单位}, e.g.
 * 550克二氧化碳/千瓦时 → 550 {@code g/kWh} (grams of CO₂ per kilowatt hour of electricity supplied),
 * 0.42吨标准煤/万元 → 0.42 {@code tce/万元} (tonnes of standard coal equivalent per 10,000 yuan of output),
 * 18立方米/万元 → 18 {@code m³/万元} (cubic metres of water per 10,000 yuan), 0.1千克/吨 → 0.1 {@code kg/t}.
 *
 * <p>The code is the numerator's code, {@code /}, and the denominator's code (see {@link
 * TargetUnits#isIntensity}). A substance named between the quantity and the slash (二氧化碳, 二氧化硫, 氮氧化物,
 * 化学需氧量, 氨氮, 颗粒物, 挥发性有机物, 水 …) stays in the printed phrase and the indicator, not in the code;
 * 标准煤 and 标煤 make a mass one of standard coal equivalent (克标准煤 → {@code gce}, 千克标准煤 → {@code kgce},
 * 吨标准煤 → {@code tce}), as 吨标准煤 alone already is. A magnitude before the denominator stays in its code,
 * as the measure is printed per 10,000 yuan (万元 → {@code 万元}); a magnitude before the numerator scales the
 * value (2万吨/日 → 20000 {@code t/d}). Denominators of time are {@code a} (年), {@code d} (日, 天) and {@code h}
 * (小时), unless a time word goes on (5万吨/年底前 is 5万吨 and a deadline); 度 is a kilowatt hour only as a
 * denominator (0.6元/度). A slash followed by anything else is no unit.
 */
final class IntensityUnits {
    private static final List<String> SLASHES = List.of("/", "／");
    private static final Map<String, String> COAL_EQUIVALENT = Map.of(
            TONNE, TONNE_OF_COAL_EQUIVALENT, KILOGRAM, KILOGRAM_OF_COAL_EQUIVALENT, GRAM, GRAM_OF_COAL_EQUIVALENT);
    private static final List<String> COAL = List.of("标准煤当量", "标准煤", "标煤");
    private static final List<String> SUBSTANCES = longestFirst(List.of(
            "二氧化碳当量", "二氧化碳", "CO2e", "CO2", "CO₂", "二氧化硫", "SO2", "SO₂", "氮氧化物", "NOx", "化学需氧量", "COD", "氨氮", "总磷",
            "总氮", "颗粒物", "烟尘", "粉尘", "挥发性有机物", "VOCs", "新鲜水", "水"));
    private static final Map<String, String> DENOMINATORS = Map.ofEntries(
            Map.entry("千瓦时", KILOWATT_HOUR),
            Map.entry("kWh", KILOWATT_HOUR),
            Map.entry("度", KILOWATT_HOUR),
            Map.entry("吨", TONNE),
            Map.entry("t", TONNE),
            Map.entry("立方米", CUBIC_METRE),
            Map.entry("m³", CUBIC_METRE),
            Map.entry("m3", CUBIC_METRE),
            Map.entry("升", LITRE),
            Map.entry("L", LITRE),
            Map.entry("平方米", SQUARE_METRE),
            Map.entry("亩", MU),
            Map.entry("公顷", HECTARE),
            Map.entry("公里", KILOMETRE),
            Map.entry("元", YUAN),
            Map.entry("人", PERSONS),
            Map.entry("户", HOUSEHOLDS),
            Map.entry("辆", VEHICLES),
            Map.entry("年", PER_YEAR),
            Map.entry("日", PER_DAY),
            Map.entry("天", PER_DAY),
            Map.entry("小时", PER_HOUR));
    private static final List<String> DENOMINATOR_PRINTS = longestFirst(List.copyOf(DENOMINATORS.keySet()));
    private static final List<String> DENOMINATOR_MAGNITUDES = List.of("万", "亿");
    private static final String TIME_WORD_ENDS = "底末前内初中度";

    private IntensityUnits() {}

    /**
     * @param text      the text
     * @param numerator the unit just read (吨, 克, 吨标准煤, 立方米 …), ending where a substance or slash may follow
     * @return the unit of intensity that {@code numerator} opens, ending after its denominator; null when no
     *         slash and denominator follow, or the numerator cannot open one (a count, a percentage)
     */
    static UnitMatch after(String text, UnitMatch numerator) {
        if (!TargetUnits.opensIntensity(numerator.code())) {
            return null;
        }
        int pos = numerator.end();
        String code = numerator.code();
        String coal = prefixAt(text, pos, COAL);
        if (coal != null && COAL_EQUIVALENT.containsKey(code)) {
            code = COAL_EQUIVALENT.get(code);
            pos += coal.length();
        } else {
            String substance = prefixAt(text, pos, SUBSTANCES);
            pos += substance == null ? 0 : substance.length();
        }
        String slash = prefixAt(text, pos, SLASHES);
        UnitMatch denominator = slash == null ? null : denominator(text, pos + slash.length());
        return denominator == null
                ? null
                : new UnitMatch(code + "/" + denominator.code(), numerator.factor(), denominator.end());
    }

    /** The denominator at {@code pos}: an optional 万 or 亿 kept in the code, then a unit not run on by a letter. */
    private static UnitMatch denominator(String text, int pos) {
        String magnitude = prefixAt(text, pos, DENOMINATOR_MAGNITUDES);
        int at = pos + (magnitude == null ? 0 : magnitude.length());
        String printed = prefixAt(text, at, DENOMINATOR_PRINTS);
        if (printed == null) {
            return null;
        }
        int end = at + printed.length();
        boolean runsOn = end < text.length()
                && (isLatin(printed.charAt(printed.length() - 1)) && isLatin(text.charAt(end))
                        || isTime(printed) && TIME_WORD_ENDS.indexOf(text.charAt(end)) >= 0);
        if (runsOn) {
            return null;
        }
        String code = (magnitude == null ? "" : magnitude) + DENOMINATORS.get(printed);
        return new UnitMatch(code, BigDecimal.ONE, end);
    }

    private static String prefixAt(String text, int pos, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, pos)) {
                return word;
            }
        }
        return null;
    }

    /** 年底, 日前, 天内: a time word, not the denominator of a rate per year or day. */
    private static boolean isTime(String printed) {
        return "年日天".contains(printed);
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
    }
}
