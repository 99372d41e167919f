package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Restores the level prefix that offices leave out in a list of their own departments:
 * {@code 区农村发展局、经济发展局、规划局} → 区农村发展局, 区经济发展局, 区规划局 (corpus README;
 * 006 {@code 市住建局、审批服务局}; 007 {@code 省财政厅、地方金融监管局}).
 *
 * <p>Rule: a name gets the prefix 省, 市, 区 or 县 of the name printed just before it (after that one's
 * own restoration) when it has none itself, is a department (ends in 局, 委, 办, 厅, 部 — not 部门 — ,
 * 办公室 or 委员会) and is no class or body of another level: not 各…/有关…/相关…, not 国家…/中央…/
 * 全国…/中国…/人民银行…/人行…, not named after a province (安徽银保监局), and without a level character
 * of its own (市场 in 市场监督管理局 is a word, not the level 市), and no vertically managed body named after
 * its own port or place (望海港海事局, 青溪海关); such a body passes the prefix before it on
 * (县卫生健康局、望海港海事局、台湾事务办 → 县台湾事务办). 人民法院 and 人民检察院 count as departments
 * (县人民法院、人民检察院 → 县人民检察院), and 台湾事务办 is an office, not a province's body.
 * 市委宣传部、市工业和信息化局 and 各市人民政府 are left as printed, and 市场监管总局 gives no
 * prefix to the name after it.
 */
final class UnitPrefixes {

    private static final String LEVELS = "省市区县";
    private static final ReusedMatcher DEPARTMENT = ReusedMatcher.compile("(?:局|委|办|厅|办公室|委员会|人民法院|人民检察院|(?<!部)部)$");
    private static final ReusedMatcher VERTICAL = ReusedMatcher.compile("(?:海事局|海事处|海关|边检站|航道局|港务局|铁路局)$");
    private static final ReusedMatcher OTHER_BODY = ReusedMatcher.compile("^(?:各|有关|相关|其他|其它|国家|国务院|中央|中共|全国|中国"
            + "|人民银行|人行|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
            + "|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾(?!事务)|内蒙古|广西|西藏|宁夏|新疆|香港(?!事务)|澳门(?!事务))");
    /** The last characters a match of {@link #DEPARTMENT} can have: the pattern is tried only on such names. */
    private static final String DEPARTMENT_ENDINGS = "局委办厅室会院部";
    /** The last characters a match of {@link #VERTICAL} can have. */
    private static final String VERTICAL_ENDINGS = "局处关站";
    /** The line terminators before which {@code $} matches. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    private static final ReusedMatcher OWN_LEVEL = ReusedMatcher.compile("[省区县州旗]|市(?!场)");

    private UnitPrefixes() {}

    /** @return the names with abbreviated prefixes restored, in the same order */
    static List<String> restore(List<String> names) {
        List<String> restored = new ArrayList<>(names);
        restoreInPlace(restored);
        return restored;
    }

    /** As {@link #restore}, writing the restored names into {@code names} itself (every unit list: no copy). */
    static void restoreInPlace(List<String> names) {
        String previous = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String full = previous != null && abbreviated(name) ? prefixOf(previous) + name : name;
            if (full != name) {
                names.set(i, full);
            }
            previous = isVertical(full) ? previous : full;
        }
    }

    private static boolean abbreviated(String name) {
        return name.length() >= 2
                && endsWithOneOf(name, DEPARTMENT_ENDINGS)
                && DEPARTMENT.on(name).find()
                && !OTHER_BODY.on(name).find()
                && !isVertical(name)
                && !OWN_LEVEL.on(name).find();
    }

    /**
     * An end-anchored pattern ends at the last character, or before a line terminator ending the name (which
     * {@code $} also allows): a name ending otherwise is not tried.
     */
    private static boolean isVertical(String name) {
        return endsWithOneOf(name, VERTICAL_ENDINGS) && VERTICAL.on(name).find();
    }

    private static boolean endsWithOneOf(String name, String endings) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return endings.indexOf(last) >= 0 || LINE_TERMINATORS.indexOf(last) >= 0;
    }

    /** 市发展改革委 → 市; but 市场监管总局, 区域…, 省级… start with a word, not a level. */
    private static String prefixOf(String name) {
        boolean level = LEVELS.indexOf(name.charAt(0)) >= 0 && (name.length() < 2 || "场域级".indexOf(name.charAt(1)) < 0);
        return level ? name.substring(0, 1) : "";
    }
}
