package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Splits one group of a unit list as printed (the text between two top-level ，) into unit names.
 *
 * <p>Rules, in the order they apply (sources: the development corpus, see
 * {@code src/test/resources/corpus/README.md}):
 * <ol>
 *   <li>{@code 、} separates units, except inside brackets (各县（市、区）人民政府); {@code 等和} joins a
 *       list and a class of units (…全国总工会等和各省级人民政府, 015);</li>
 *   <li>a part that names nothing but administrative levels ({@code 各区}, {@code 县}, {@code 各省},
 *       {@code 自治区}) is not a unit but the first half of a shared ending: it stays joined to the
 *       part after it, so {@code 各区、市政府} and {@code 各省、自治区、直辖市人民政府} are one class each (013);</li>
 *   <li>{@code 及} or {@code 和} joins two units when both halves read as units: 市科技局及相关行业主管部门 →
 *       市科技局, 相关行业主管部门 (013); 环境监测科和执法大队 → 环境监测科, 执法大队 (工业和信息化局 stays whole:
 *       工业 names no body);</li>
 *   <li>a trailing {@code 等}, {@code 等有关部门} is dropped;</li>
 *   <li>a second name of the same body in a trailing bracket is dropped, the first name being the one
 *       the office keeps: 区供销合作社（区农资公司） → 区供销合作社, 市发展改革委（市能源局） → 市发展改革委; a
 *       bracket that does not name a body (各县（市、区）人民政府, 市政府（试行）) stays, and so does one after a
 *       class of bodies, which it widens (各镇人民政府（街道办事处）);</li>
 *   <li>a shared ending left out is restored: 东湖、西湖片区管委会 → 东湖片区管委会, 西湖片区管委会; also
 *       after a name that is itself an area (…区, …县, …镇) when the next name is an area with its bodies:
 *       经济技术开发区、滨江新区党工委和管委会 → 经济技术开发区党工委和管委会, 滨江新区党工委和管委会;</li>
 *   <li>an abbreviated level prefix is restored ({@link UnitPrefixes}).</li>
 * </ol>
 */
final class UnitLists {

    private static final ReusedMatcher LEVELS_ONLY =
            ReusedMatcher.compile("^(?:各|有关|相关)?(?:省|市|县|区|旗|州|盟|乡|镇|街道|自治区|自治州|自治县|直辖市)+$");
    /** A class of bodies (各镇人民政府): a bracket after it widens the class, it is no second name. */
    private static final ReusedMatcher CLASS = ReusedMatcher.compile("^(?:各|有关|相关)");
    /** The second body of an area's pair, named without its area: 党委和人民政府, 党工委和管委会. */
    private static final ReusedMatcher AREA_PAIR = ReusedMatcher.compile("(?:人民政府|政府|党委|党工委|管委会|人大常委会|政协)");

    /** A name that is an area, not a body: 经济技术开发区, 临港新区, 城关镇. */
    private static final ReusedMatcher AREA = ReusedMatcher.compile("^[^、]{2,}(?:区|县|镇|乡|街道)$");
    /** An area followed by its bodies: 滨江新区|党工委和管委会, 临港产业园区|管委会. */
    private static final ReusedMatcher AREA_WITH_BODIES = ReusedMatcher.compile(
            "^[^、]{2,}?(?:区|县|镇|乡|街道)((?:党委|党工委|管委会|人民政府|政府|街道办事处|办事处)(?:和(?:党委|党工委|管委会|人民政府|政府))?)$");

    /** The last characters a match of {@link #LEVELS_ONLY} can have: most unit names end otherwise. */
    private static final String LEVEL_ENDINGS = "省市县区旗州盟乡镇道";
    /** The last characters a match of {@link #AREA} can have. */
    private static final String AREA_ENDINGS = "区县镇乡道";

    private static final ReusedMatcher TRAILING_ETC = ReusedMatcher.compile("等(?:有关|相关|其他)?(?:部门|单位)?$");

    private UnitLists() {}

    /** @return the unit names of one group, trimmed, in printed order */
    static List<String> split(String group) {
        List<String> parts = joinLevelFragments(Brackets.splitTopLevel(group.replace("等和", "、"), "、"));
        List<String> names = new ArrayList<>(parts.size() + 1); // a part is one name, now and then two
        for (String part : parts) {
            splitAtConjunction(withoutAlias(stripEtc(part)), names);
        }
        // the list is this method's own: both completions write into it instead of copying it
        withSharedSuffix(names);
        UnitPrefixes.restoreInPlace(names);
        return names;
    }

    /**
     * 东湖、西湖片区管委会 and 东城、西城街道办事处: a short part (at most four characters) that names no unit,
     * followed by a unit whose name is longer than the part's by more than one character, shares that
     * unit's ending (the characters after the first as many as the part has): 东湖片区管委会, 西湖片区管委会. A
     * part that is itself an area (经济技术开发区) shares only the bodies of an area after it (滨江新区党工委和管委会).
     */
    private static void withSharedSuffix(List<String> completed) {
        for (int i = completed.size() - 2; i >= 0; i--) {
            String part = completed.get(i);
            String next = completed.get(i + 1);
            if (endsWithOneOf(part, AREA_ENDINGS) && AREA.on(part).matches()) {
                // An area shares only the bodies of an area after it, never a part of its name.
                Matcher bodies = AREA_WITH_BODIES.on(next);
                if (!CLASS.on(part).find() && bodies.matches()) {
                    completed.set(i, part + bodies.group(1));
                }
            } else if (part.length() <= 4
                    && next.length() > part.length() + 1
                    && !UnitNameHeuristics.looksLikeUnit(part)
                    && !isLevelsOnly(part)
                    && !part.startsWith("各")
                    && UnitNameHeuristics.looksLikeUnit(next)) {
                completed.set(i, part + next.substring(part.length()));
            }
        }
    }

    /** 各区、市政府: a part that is nothing but levels is glued to the next part with its 、. */
    private static List<String> joinLevelFragments(List<String> parts) {
        List<String> joined = new ArrayList<>(parts.size());
        StringBuilder pending = null; // made only for a list that has such a part: most have none
        for (String raw : parts) {
            String part = UnitNameHeuristics.trim(raw);
            boolean levels = isLevelsOnly(part);
            if (!levels && (pending == null || pending.length() == 0)) {
                joined.add(part); // the usual case: a whole name, kept without a copy
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
            }
            pending.append(pending.length() > 0 ? "、" : "").append(part);
            if (!levels) {
                joined.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending != null && pending.length() > 0) {
            joined.add(pending.toString());
        }
        return joined;
    }

    private static boolean isLevelsOnly(String part) {
        return endsWithOneOf(part, LEVEL_ENDINGS) && LEVELS_ONLY.on(part).matches();
    }

    private static boolean endsWithOneOf(String text, String endings) {
        return !text.isEmpty() && endings.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static String stripEtc(String part) {
        if (part.indexOf('等') < 0) {
            return UnitNameHeuristics.trim(part); // every match of TRAILING_ETC holds 等
        }
        return UnitNameHeuristics.trim(
                TRAILING_ETC.on(UnitNameHeuristics.trim(part)).replaceFirst(""));
    }

    /** X（Y） → X when both X and Y read as names of bodies (Y is X's second name). */
    private static String withoutAlias(String name) {
        if (name.isEmpty() || !Brackets.isClose(name.charAt(name.length() - 1))) {
            return name;
        }
        List<Brackets.Span> spans = Brackets.topLevel(name);
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != name.length()) {
            return name;
        }
        Brackets.Span last = spans.get(spans.size() - 1);
        String first = UnitNameHeuristics.trim(name.substring(0, last.start()));
        String second = UnitNameHeuristics.trim(name.substring(last.start() + 1, last.end() - 1));
        boolean alias = !CLASS.on(first).find()
                && UnitNameHeuristics.looksLikeUnit(first)
                && UnitNameHeuristics.looksLikeUnit(second)
                && second.indexOf('、') < 0;
        return alias ? first : name;
    }

    /**
     * A及B, A和B → A, B at the first 及 or 和 where both halves read as units; otherwise the name is kept
     * whole (工业和信息化局). For 和, see {@link #joinsTwoBodies}.
     */
    private static void splitAtConjunction(String name, List<String> into) {
        for (int at = 1; at < name.length() - 1; at++) {
            char c = name.charAt(at);
            if ((c != '及' && c != '和') || !UnitNameHeuristics.mayEndUnit(name.charAt(at - 1))) {
                continue; // 工业和信息化局: what precedes 和 ends no unit name, so no halves are cut out to check
            }
            String left = name.substring(0, at);
            String right = stripEtc(name.substring(at + 1));
            boolean bothNames = c == '及' || joinsTwoBodies(left, right);
            if (bothNames && UnitNameHeuristics.looksLikeUnit(left) && UnitNameHeuristics.looksLikeUnit(right)) {
                into.add(left);
                splitAtConjunction(right, into);
                return;
            }
        }
        if (!name.isEmpty()) {
            into.add(name);
        }
    }

    /**
     * 和 joins two bodies of names of three characters or more (计划财务科和安全监督科), but not the
     * bodies an area has in pairs, which stay one responsible party: 各县（市、区）党委和人民政府,
     * 高新区党工委和管委会 (a class, or a second body named without its area); nor 中央和国家机关工委.
     */
    private static boolean joinsTwoBodies(String left, String right) {
        return left.length() > 2
                && right.length() > 2
                && !CLASS.on(left).find()
                && !AREA_PAIR.on(right).matches();
    }
}
