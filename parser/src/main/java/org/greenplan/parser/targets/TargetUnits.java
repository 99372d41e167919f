package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical unit codes (计量单位) used in {@link TargetSpec#unit()}, and conversions between codes of one
 * kind.
 *
 * <p>The parser expands magnitudes and prefixed units into these codes, keeping the printed form in
 * {@link TargetSpec#printedPhrase()}:
 * <ul>
 *   <li>power: 千瓦 = {@code kW}; 15万千瓦 → 150000 kW; 200兆瓦 / 200MW → 200000 kW;</li>
 *   <li>money: {@code 元} only; 3000万元 → 30000000 元, 2.2万亿元 → 2200000000000 元;</li>
 *   <li>mass: 吨 = {@code t}, 千克/公斤 = {@code kg}, 克 = {@code g}, 毫克 = {@code mg}; 10万吨 → 100000 t;
 *       吨标准煤 = {@code tce} (also {@code kgce}, {@code gce}: mass of standard coal equivalent);</li>
 *   <li>intensity (强度, 单耗): a quantity unit over another unit, {@code numerator/denominator}, e.g.
 *       550克二氧化碳/千瓦时 → 550 {@code g/kWh}, 0.42吨标准煤/万元 → 0.42 {@code tce/万元}, 18立方米/万元 →
 *       18 {@code m³/万元}; see {@link #isIntensity};</li>
 *   <li>percent and percentage points are different units: {@code %} is a share of a whole
 *       (利用率达92%), {@code pp} (个百分点) a change of a share (增加1个百分点: 60 % + 1 pp = 61 %).</li>
 * </ul>
 *
 * <p>Area keeps the printed unit — {@code 亩}, {@code ha} (公顷), {@code km²} (平方公里) or {@code m²}
 * (平方米) — because units report in the unit their plan prints; {@link #convert} converts between them
 * (1 公顷 = 15 亩, 1 平方公里 = 100 公顷 = 1500 亩). Counted things (家, 个, 项, 次, 辆, 标台, 座, 处, 台, 场,
 * 户, 名, 人, 人次) are their own codes and never convert into one another. Durations ({@code 分钟},
 * {@code 小时}, {@code 天}) convert like area; {@code 工作日} (个工作日, a working day) and {@code 个月}
 * do not, as the calendar between two working days and the length of a month vary. A rank (稳居全球前三)
 * is {@code 位}.
 */
public final class TargetUnits {
    /** Percent of a whole (%, ％, 百分之…). */
    public static final String PERCENT = "%";
    /** Percentage point (个百分点): 60 % + 1 pp = 61 %. */
    public static final String PERCENTAGE_POINT = "pp";
    /** Kilowatt (千瓦); 兆瓦/MW are 1000 kW. */
    public static final String KILOWATT = "kW";
    /** Kilowatt hour (千瓦时). */
    public static final String KILOWATT_HOUR = "kWh";
    /** Tonne (吨). */
    public static final String TONNE = "t";
    /** Tonne of standard coal equivalent (吨标准煤). */
    public static final String TONNE_OF_COAL_EQUIVALENT = "tce";
    /** Kilogram of standard coal equivalent (千克标准煤, 公斤标准煤), as in 吨钢综合能耗 540 kgce/t. */
    public static final String KILOGRAM_OF_COAL_EQUIVALENT = "kgce";
    /** Gram of standard coal equivalent (克标准煤), as in 供电煤耗 295 gce/kWh. */
    public static final String GRAM_OF_COAL_EQUIVALENT = "gce";
    /** Kilogram (千克, 公斤) = 1000 g. */
    public static final String KILOGRAM = "kg";
    /** Gram (克). */
    public static final String GRAM = "g";
    /** Milligram (毫克), as in 0.16 mg/m³ of ozone. */
    public static final String MILLIGRAM = "mg";
    /** Microgram (微克); alone only in an intensity such as μg/m³. */
    public static final String MICROGRAM = "μg";
    /** Litre (升); only as the denominator of an intensity: 化学需氧量 50 mg/L. */
    public static final String LITRE = "L";
    /** Per year (年); only as the denominator of an intensity: 处置能力 10万吨/年 → 100000 t/a. */
    public static final String PER_YEAR = "a";
    /** Per day (日, 天); only as the denominator of an intensity: 污水处理能力 2万吨/日 → 20000 t/d. */
    public static final String PER_DAY = "d";
    /** Per hour (小时); only as the denominator of an intensity. */
    public static final String PER_HOUR = "h";
    /** Mu (亩), 1/15 hectare. */
    public static final String MU = "亩";
    /** Hectare (公顷) = 15 亩. */
    public static final String HECTARE = "ha";
    /** Square kilometre (平方公里) = 100 ha = 1500 亩. */
    public static final String SQUARE_KILOMETRE = "km²";
    /** Square metre (平方米). */
    public static final String SQUARE_METRE = "m²";
    /** Kilometre (公里, 千米). */
    public static final String KILOMETRE = "km";
    /** Metre (米). */
    public static final String METRE = "m";
    /** Cubic metre (立方米). */
    public static final String CUBIC_METRE = "m³";
    /** Yuan (元); 万元 and 亿元 are expanded into 元. */
    public static final String YUAN = "元";
    /** Microgram per cubic metre (微克/立方米), for PM2.5 and PM10 concentrations. */
    public static final String MICROGRAM_PER_CUBIC_METRE = "μg/m³";
    /** Count of enterprises, factories, parks (家). */
    public static final String ENTERPRISES = "家";
    /** Count of things (个). */
    public static final String PIECES = "个";
    /** Count of projects or items (项). */
    public static final String ITEMS = "项";
    /** Count of times or events (次). */
    public static final String TIMES = "次";
    /** Count of vehicles (辆). */
    public static final String VEHICLES = "辆";
    /** Standard bus units (标台), as in 万人标台数. */
    public static final String STANDARD_BUSES = "标台";
    /** Count of structures: stations, bridges, plants (座). */
    public static final String STRUCTURES = "座";
    /** Count of lines: roads, rivers, routes, pipelines (条): 改造12条城市道路的雨污管网. */
    public static final String LINES = "条";
    /** Count of sites (处). */
    public static final String SITES = "处";
    /** Count of machines and sets (台): 推广应用工业机器人8000台以上 (corpus 007). */
    public static final String MACHINES = "台";
    /** Count of sessions, shows and events (场): 组织发布不少于100场培训课程 (corpus 006). */
    public static final String SESSIONS = "场";
    /** Count of households and registered businesses (户): 新增2400户餐饮单位 (corpus 006). */
    public static final String HOUSEHOLDS = "户";
    /** Count of people with the classifier 名: 每年面向1万名专业技术人才 (corpus 007, 012 keep 名 as printed). */
    public static final String NAMED_PERSONS = "名";
    /** Count of people (人): 新培育技术经纪人1000人 (corpus 011). */
    public static final String PERSONS = "人";
    /** Person-times (人次), as training and visits are counted. */
    public static final String PERSON_TIMES = "人次";
    /** Minute (分钟), a duration. */
    public static final String MINUTE = "分钟";
    /** Hour (小时), a duration: 48小时内放行 → ≤ 48 小时 (corpus 008). */
    public static final String HOUR = "小时";
    /** Calendar day (天), a duration. */
    public static final String DAY = "天";
    /** Month (个月), a duration that does not convert into days: 3个月内完成整改 → ≤ 3 个月. */
    public static final String MONTH = "个月";
    /** Working day (个工作日, 工作日), a duration that does not convert into calendar time. */
    public static final String WORKING_DAY = "工作日";
    /**
     * Bandwidth in megabits per second, printed M or Mbps (带宽可用性5000M以上); 1 Gbps = 1000 M. The code is the
     * printed M, as the corpus reads it (corpus 010).
     */
    public static final String MEGABIT_PER_SECOND = "M";
    /** A rank, 1 being the best (稳居全球前三 → ≤ 3 位: corpus 017). */
    public static final String RANK = "位";

    private static final Set<String> COUNTS = Set.of(
            LINES,
            ENTERPRISES,
            PIECES,
            ITEMS,
            TIMES,
            VEHICLES,
            STANDARD_BUSES,
            STRUCTURES,
            SITES,
            MACHINES,
            SESSIONS,
            HOUSEHOLDS,
            NAMED_PERSONS,
            PERSONS,
            PERSON_TIMES);
    private static final Set<String> DURATIONS = Set.of(MINUTE, HOUR, DAY, WORKING_DAY, MONTH);
    private static final Set<String> OTHERS = Set.of(
            PERCENT,
            PERCENTAGE_POINT,
            KILOWATT,
            KILOWATT_HOUR,
            TONNE,
            TONNE_OF_COAL_EQUIVALENT,
            KILOGRAM_OF_COAL_EQUIVALENT,
            GRAM_OF_COAL_EQUIVALENT,
            KILOGRAM,
            GRAM,
            MILLIGRAM,
            MU,
            HECTARE,
            SQUARE_KILOMETRE,
            SQUARE_METRE,
            KILOMETRE,
            METRE,
            CUBIC_METRE,
            YUAN,
            MICROGRAM_PER_CUBIC_METRE,
            MEGABIT_PER_SECOND,
            RANK);
    /** Numerators of an intensity: masses, volume, energy and money. */
    private static final Set<String> NUMERATORS = Set.of(
            TONNE,
            KILOGRAM,
            GRAM,
            MILLIGRAM,
            MICROGRAM,
            TONNE_OF_COAL_EQUIVALENT,
            KILOGRAM_OF_COAL_EQUIVALENT,
            GRAM_OF_COAL_EQUIVALENT,
            CUBIC_METRE,
            KILOWATT_HOUR,
            YUAN);
    /** Denominators of an intensity, each also with 万 or 亿 before it (万元). */
    private static final Set<String> DENOMINATORS = Set.of(
            KILOWATT_HOUR,
            TONNE,
            CUBIC_METRE,
            LITRE,
            SQUARE_METRE,
            MU,
            HECTARE,
            KILOMETRE,
            YUAN,
            PERSONS,
            HOUSEHOLDS,
            VEHICLES,
            PER_YEAR,
            PER_DAY,
            PER_HOUR);
    /** Area in fifteenths of a square metre, so that every factor is a whole number. */
    private static final Map<String, Long> AREA =
            Map.of(SQUARE_METRE, 15L, MU, 10_000L, HECTARE, 150_000L, SQUARE_KILOMETRE, 15_000_000L);

    private static final Map<String, Long> LENGTH = Map.of(METRE, 1L, KILOMETRE, 1000L);
    /** Mass in milligrams. */
    private static final Map<String, Long> MASS =
            Map.of(MILLIGRAM, 1L, GRAM, 1000L, KILOGRAM, 1_000_000L, TONNE, 1_000_000_000L);
    /** Mass of standard coal equivalent in grams. */
    private static final Map<String, Long> COAL = Map.of(
            GRAM_OF_COAL_EQUIVALENT, 1L, KILOGRAM_OF_COAL_EQUIVALENT, 1000L, TONNE_OF_COAL_EQUIVALENT, 1_000_000L);

    private static final Map<String, Long> TIME = Map.of(MINUTE, 1L, HOUR, 60L, DAY, 1440L);
    private static final int CONVERSION_SCALE = 10;

    private TargetUnits() {}

    /** @return every canonical code */
    public static Set<String> codes() {
        Set<String> all = new HashSet<>(COUNTS);
        all.addAll(DURATIONS);
        all.addAll(OTHERS);
        return Set.copyOf(all);
    }

    /**
     * @param code a unit code as stored or typed
     * @return true for a canonical code ({@link #codes()}) or a unit of intensity ({@link #isIntensity})
     */
    public static boolean isCode(String code) {
        return code != null && (codes().contains(code) || isIntensity(code));
    }

    /**
     * A unit of intensity is {@code numerator/denominator}: a mass ({@code t}, {@code kg}, {@code g},
     * {@code mg}, {@code μg}, of standard coal equivalent {@code tce}, {@code kgce}, {@code gce}), {@code m³},
     * {@code kWh} or {@code 元}, over {@code kWh}, {@code t}, {@code m³}, {@code L}, {@code m²}, {@code 亩},
     * {@code ha}, {@code km}, {@code 元}, {@code 人}, {@code 户}, {@code 辆}, or a time {@code a} (year),
     * {@code d} (day), {@code h} (hour); the denominator may carry 万 or 亿 ({@code tce/万元}: tonnes of standard
     * coal equivalent per 10,000 yuan). Examples: {@code g/kWh} (grams of CO₂ per kWh supplied), {@code
     * m³/万元} (water per 10,000 yuan of output), {@code kg/t} (per tonne of product), {@code t/d} (capacity).
     *
     * @param code a unit code
     * @return true when {@code code} is a unit of intensity
     */
    public static boolean isIntensity(String code) {
        int slash = code == null ? -1 : code.indexOf('/');
        if (slash < 0 || !NUMERATORS.contains(code.substring(0, slash))) {
            return false;
        }
        String denominator = code.substring(slash + 1);
        if (denominator.startsWith("万") || denominator.startsWith("亿")) {
            denominator = denominator.substring(1);
        }
        return DENOMINATORS.contains(denominator);
    }

    /** @return true when a unit of this code may open a unit of intensity (吨 of 吨/万元) */
    static boolean opensIntensity(String code) {
        return NUMERATORS.contains(code);
    }

    /**
     * @param code a canonical code
     * @return true for counted things (家, 个, 项, 次, 辆, 标台, 座, 处, 台, 场, 户, 名, 人, 人次); a plain count
     *         such as 举办1次 means "at least" that many
     */
    public static boolean isCount(String code) {
        return code != null && COUNTS.contains(code);
    }

    /**
     * @param code a canonical code
     * @return true for durations (分钟, 小时, 天, 工作日, 个月): a time limit such as 48小时内放行 (corpus
     *         008), which is a target only with a comparator word (内, 以内, 不超过), not in a description
     *         (24小时服务)
     */
    public static boolean isDuration(String code) {
        return code != null && DURATIONS.contains(code);
    }

    /**
     * Converts a value between codes of one kind: area ({@code m²}, {@code 亩}, {@code ha}, {@code km²}),
     * length ({@code m}, {@code km}), duration ({@code 分钟}, {@code 小时}, {@code 天}), mass ({@code mg},
     * {@code g}, {@code kg}, {@code t}), mass of standard coal equivalent ({@code gce}, {@code kgce},
     * {@code tce}), or intensities over the same denominator ({@code g/kWh} → {@code kg/kWh}). 1 公顷 = 15 亩,
     * 1 平方公里 = 100 公顷 = 1500 亩; 1 天 = 24 小时; 1 吨 = 1000 千克.
     *
     * @param value    the value in {@code fromCode}
     * @param fromCode a canonical code
     * @param toCode   a canonical code
     * @return the value in {@code toCode} (at most 10 decimals, half-up, no trailing zeros), the value
     *         itself when the codes are equal, empty when the codes are of different kinds
     */
    public static Optional<BigDecimal> convert(BigDecimal value, String fromCode, String toCode) {
        if (value == null || fromCode == null || toCode == null) {
            return Optional.empty();
        }
        if (fromCode.equals(toCode)) {
            return Optional.of(value);
        }
        return ratio(AREA, fromCode, toCode)
                .or(() -> ratio(LENGTH, fromCode, toCode))
                .or(() -> ratio(TIME, fromCode, toCode))
                .or(() -> ratio(MASS, fromCode, toCode))
                .or(() -> ratio(COAL, fromCode, toCode))
                .or(() -> perSameDenominator(fromCode, toCode))
                .map(ratio -> ChineseNumbers.plain(value.multiply(BigDecimal.valueOf(ratio[0]))
                        .divide(BigDecimal.valueOf(ratio[1]), CONVERSION_SCALE, RoundingMode.HALF_UP)));
    }

    /** g/kWh → kg/kWh: intensities over the same denominator convert as their numerators. */
    private static Optional<long[]> perSameDenominator(String fromCode, String toCode) {
        if (!isIntensity(fromCode) || !isIntensity(toCode)) {
            return Optional.empty();
        }
        int from = fromCode.indexOf('/');
        int to = toCode.indexOf('/');
        if (!fromCode.substring(from).equals(toCode.substring(to))) {
            return Optional.empty();
        }
        String numerator = fromCode.substring(0, from);
        String other = toCode.substring(0, to);
        return ratio(MASS, numerator, other).or(() -> ratio(COAL, numerator, other));
    }

    private static Optional<long[]> ratio(Map<String, Long> kind, String fromCode, String toCode) {
        if (!kind.containsKey(fromCode) || !kind.containsKey(toCode)) {
            return Optional.empty();
        }
        return Optional.of(new long[] {kind.get(fromCode), kind.get(toCode)});
    }
}
