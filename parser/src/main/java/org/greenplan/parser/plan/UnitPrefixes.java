package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Restores the level prefix that offices leave out in a list of their own departments:
 * {@code 区农村发展局、经济发展局、规划局} → 区农村发展局, 区经济发展局, 区规划局 (corpus README;
 * 006 {@code 市住建局、审批服务局}; 007 {@code 省财政厅、地方金融监管局}).
 *
 * <p>Rule: a name gets the prefix 省, 市, 区 or 县 of the name printed just before it (after that one's
 * own restoration) when it has none itself, is a department (ends in 局, 委, 办, 厅, 部 — not 部门 — ,
 * 办公室 or 委员会) and is no class or body of another level: not 各…/有关…/相关…, not 国家…/中央…/
 * 全国…/中国…/人民银行…/人行…, not named after a province (安徽银保监局), and without a level character
 * of its own. 市委宣传部、市工业和信息化局 and 各市人民政府 are left as printed, and 市场监管总局 gives no
 * prefix to the name after it (市场 is a word, not the level 市).
 */
final class UnitPrefixes {

    private static final String LEVELS = "省市区县";
    private static final Pattern DEPARTMENT = Pattern.compile("(?:局|委|办|厅|办公室|委员会|(?<!部)部)$");
    private static final Pattern OTHER_BODY = Pattern.compile("^(?:各|有关|相关|其他|其它|国家|国务院|中央|中共|全国|中国"
            + "|人民银行|人行|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
            + "|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)");
    private static final Pattern OWN_LEVEL = Pattern.compile("[省市区县州旗]");

    private UnitPrefixes() {}

    /** @return the names with abbreviated prefixes restored, in the same order */
    static List<String> restore(List<String> names) {
        List<String> restored = new ArrayList<>(names.size());
        String previous = null;
        for (String name : names) {
            String full = previous != null && abbreviated(name) ? prefixOf(previous) + name : name;
            restored.add(full);
            previous = full;
        }
        return restored;
    }

    private static boolean abbreviated(String name) {
        return name.length() >= 2
                && DEPARTMENT.matcher(name).find()
                && !OTHER_BODY.matcher(name).find()
                && !OWN_LEVEL.matcher(name).find();
    }

    /** 市发展改革委 → 市; but 市场监管总局, 区域…, 省级… start with a word, not a level. */
    private static String prefixOf(String name) {
        boolean level = LEVELS.indexOf(name.charAt(0)) >= 0 && (name.length() < 2 || "场域级".indexOf(name.charAt(1)) < 0);
        return level ? name.substring(0, 1) : "";
    }
}
