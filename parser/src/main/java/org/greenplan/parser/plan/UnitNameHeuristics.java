package org.greenplan.parser.plan;

import java.util.List;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Tells names of organisations (市林业局, 人民银行宿州市中心支行, 各市人民政府) from other bracketed text
 * (2021-2023年, 试行, 0.5分) by how Chinese unit names end, without a list of known units: every
 * document names different ones. A name ending in a bracket is judged by what stands before it
 * (各镇人民政府（街道办事处）).
 */
final class UnitNameHeuristics {

    /** How the names of government bodies, banks, companies and groups of them end. */
    private static final List<String> SUFFIXES = List.of(
            "局", "委", "办", "部", "厅", "院", "署", "会", "社", "馆", "所", "站", "队", "校", "团", "联", "协", "处", "科", "室", "组",
            "班", "中心", "政府", "党校", "监委", "中央", "银行", "支行", "分行", "总行", "公司", "集团", "海关", "单位", "部门", "机构", "机关", "企业",
            "学校", "大学", "法院", "检察院", "林场", "开发区", "集中区", "示范区", "高新区");

    /** Common words that end like a unit but are not one (格局, 平台, 全部, 试行 …). */
    private static final List<String> NOT_UNITS = List.of(
            "格局", "布局", "大局", "结局", "全部", "内部", "外部", "局部", "东部", "西部", "中部", "南部", "北部", "头部", "社会", "机会", "大会", "展会",
            "博览会", "峰会", "研讨会", "座谈会", "交流会", "发布会", "举办", "创办", "承办", "代办", "帮办", "督办", "兴办", "场所", "网站", "平台", "实验室",
            "工作室", "部署", "大厅", "展厅", "互联", "关联", "物联", "培训班", "合作社");

    private static final String[] SUFFIX_ARRAY = SUFFIXES.toArray(String[]::new);
    private static final String[] NOT_UNIT_ARRAY = NOT_UNITS.toArray(String[]::new);
    /** The last characters of a name {@link #looksLikeUnit} can accept (see {@link #mayEndUnit}). */
    private static final String UNIT_LASTS = lastCharacters(SUFFIX_ARRAY) + "区镇道乡" + "社" + "）)";

    private static String lastCharacters(String[] words) {
        StringBuilder lasts = new StringBuilder();
        for (String word : words) {
            char last = word.charAt(word.length() - 1);
            if (lasts.indexOf(String.valueOf(last)) < 0) {
                lasts.append(last);
            }
        }
        return lasts.toString();
    }

    /**
     * 供销合作社 (the supply and marketing co-operative every level of government has) is a body, unlike
     * other 合作社 (a farmers' co-operative is no responsible unit).
     */
    private static final String SUPPLY_AND_MARKETING = "供销合作社";

    /** A class of bodies named by their area: 各园区, 各片区, 各乡镇, 各街道, 各社区 (whoever runs each). */
    private static final ReusedMatcher AREA_CLASS = ReusedMatcher.compile("各[\\p{IsHan}]{0,4}(?:园区|片区|乡镇|街道|社区|镇|乡)");

    private static final ReusedMatcher FORBIDDEN = ReusedMatcher.compile("[。，,；;：:！!？?%％]");

    private UnitNameHeuristics() {}

    /** @return true when {@code name} reads like the name of an organisation */
    static boolean looksLikeUnit(String name) {
        if (name.length() < 2 || name.length() > 40 || !mayEndUnit(name.charAt(name.length() - 1))) {
            return false;
        }
        if (FORBIDDEN.on(name).find()) {
            return false;
        }
        if (Brackets.isClose(name.charAt(name.length() - 1))) {
            return looksLikeUnit(withoutTrailingBracket(name)); // 各镇人民政府（街道办事处）
        }
        if (AREA_CLASS.on(name).matches()) {
            return true;
        }
        if (name.endsWith(SUPPLY_AND_MARKETING)) {
            return true;
        }
        return endsWithAny(name, SUFFIX_ARRAY) && !endsWithAny(name, NOT_UNIT_ARRAY);
    }

    /** Asked of every name of every clause: a loop over an array, no stream. */
    private static boolean endsWithAny(String name, String[] endings) {
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return false when no name ending in {@code last} reads like a unit: it ends none of the suffixes, no class
     *         of areas (各乡镇), no 供销合作社 and no bracket (tested before any pattern runs)
     */
    static boolean mayEndUnit(char last) {
        return UNIT_LASTS.indexOf(last) >= 0;
    }

    /** @return the name without the bracket that ends it, or "" when the bracket does not close there */
    private static String withoutTrailingBracket(String name) {
        List<Brackets.Span> spans = Brackets.topLevel(name);
        if (spans.isEmpty() || spans.get(spans.size() - 1).end() != name.length()) {
            return "";
        }
        return name.substring(0, spans.get(spans.size() - 1).start());
    }

    /** @return true when every name reads like a unit and there is at least one */
    static boolean allLookLikeUnits(List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!looksLikeUnit(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return true when at least one of the names reads like a unit */
    static boolean anyLooksLikeUnit(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (looksLikeUnit(names.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the names can be unit names at all: not empty, no sentence punctuation */
    static boolean plausible(List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.length() > 40 || FORBIDDEN.on(name).find()) {
                return false;
            }
        }
        return true;
    }

    static String trim(String s) {
        return trim(s, 0, s.length());
    }

    /** @return {@code trim(s.substring(from, to))} with one copy at most (none for the whole of {@code s}) */
    static String trim(String s, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && LineReader.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && LineReader.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** @return whether {@code s[from, to)} is empty or nothing but spaces */
    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!LineReader.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
