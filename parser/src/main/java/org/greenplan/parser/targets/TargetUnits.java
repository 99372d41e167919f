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
 *   <li>mass: 吨 = {@code t}; 10万吨 → 100000 t; 吨标准煤 = {@code tce};</li>
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
    /** Area in fifteenths of a square metre, so that every factor is a whole number. */
    private static final Map<String, Long> AREA =
            Map.of(SQUARE_METRE, 15L, MU, 10_000L, HECTARE, 150_000L, SQUARE_KILOMETRE, 15_000_000L);

    private static final Map<String, Long> LENGTH = Map.of(METRE, 1L, KILOMETRE, 1000L);
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
     * length ({@code m}, {@code km}) or duration ({@code 分钟}, {@code 小时}, {@code 天}). 1 公顷 = 15 亩,
     * 1 平方公里 = 100 公顷 = 1500 亩; 1 天 = 24 小时.
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
                .map(ratio -> ChineseNumbers.plain(value.multiply(BigDecimal.valueOf(ratio[0]))
                        .divide(BigDecimal.valueOf(ratio[1]), CONVERSION_SCALE, RoundingMode.HALF_UP)));
    }

    private static Optional<long[]> ratio(Map<String, Long> kind, String fromCode, String toCode) {
        if (!kind.containsKey(fromCode) || !kind.containsKey(toCode)) {
            return Optional.empty();
        }
        return Optional.of(new long[] {kind.get(fromCode), kind.get(toCode)});
    }
}
