package org.greenplan.parser.targets;

import org.greenplan.parser.targets.NumberScanner.NumberToken;
import org.greenplan.parser.targets.QuantityReader.Quantity;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Quantities that are printed in task text but are not targets to report on. Years, dates, task numbers,
 * clause references (第3条) and document numbers (〔2019〕3号) carry no unit and never become quantities;
 * the rules here catch the rest:
 * <ul>
 *   <li>quoted names, slogans and titles (“300米见绿、500米见园”, 《…》), and any quantity followed by 见
 *       (300米见绿): a standard to build to, not a count to report;</li>
 *   <li>ordinals and rates: a number right after 第, 每, 前 or inside words such as 统一, 唯一, 逐一; but 前 that
 *       closes a time (年底前, 6月底前, 2025年前, 月末前) means "before", and the number after it counts (年底前
 *       10家企业完成改造);</li>
 *   <li>names with Latin letters (PM2.5, O3, 5G);</li>
 *   <li>set phrases: 一次性, 一处一策, 二次开发 (a Chinese-numeral 次 not ending its clause);</li>
 *   <li>support rates and amounts (最高奖励3000万元, 给予10%补助, 按投资额的10%给予补助, 每家最高50万元、
 *       100万元): a quantity whose clause (a list joined by 、 counting as one) names 最高, 给予, 补助, 奖
 *       (奖励, 奖补, 一等奖), 补贴, 资助, 扶持 or 贴息, or that follows 按…的 / 按…投资额, is what the
 *       government pays, not what the task achieves;</li>
 *   <li>conditions, thresholds, baselines and scope ({@code DescriptiveQuantities}).</li>
 * </ul>
 */
final class NonTargetRules {
    private static final String WORD_BEFORE = "第每前统唯逐同单这那某任其";
    /** The end of a time that 前 closes: 年底前, 月末前, 2025年前, 30日前. */
    private static final String TIME_BEFORE = "底末年月日";

    private static final String[] SUPPORT = {"最高", "给予", "补助", "奖", "补贴", "资助", "扶持", "贴息"};
    private static final ReusedMatcher BY_RATE = ReusedMatcher.compile("按.*[的额费]$");

    private NonTargetRules() {}

    static boolean excluded(String text, NumberToken token, Quantity quantity, ProtectedSpans protectedSpans) {
        return protectedSpans.covers(token.start())
                || ordinalOrWord(text, token.start())
                || latinBefore(text, token.start())
                || charAt(text, quantity.end()) == '见'
                || setPhrase(text, token, quantity)
                || support(text, token.start(), quantity.end())
                || DescriptiveQuantities.describes(text, token, quantity);
    }

    private static boolean ordinalOrWord(String text, int start) {
        if (start == 0 || WORD_BEFORE.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return !(text.charAt(start - 1) == '前' && start > 1 && TIME_BEFORE.indexOf(text.charAt(start - 2)) >= 0);
    }

    private static boolean latinBefore(String text, int start) {
        char c = start > 0 ? text.charAt(start - 1) : '\0';
        return c < 128 && Character.isLetter(c) || c >= 'Ａ' && c <= 'ｚ';
    }

    /** 一次性, 一处一策, 二次开发: a Chinese numeral that is part of a word, not a count. */
    private static boolean setPhrase(String text, NumberToken token, Quantity quantity) {
        char next = charAt(text, quantity.end());
        boolean adjective = TargetUnits.TIMES.equals(quantity.unit())
                && !Clauses.endsAt(text, quantity.end())
                && ComparatorWords.after(text, quantity.end()) == null;
        return token.chinese() && (next == '性' || ChineseNumbers.isNumeralStart(next) || adjective);
    }

    private static boolean support(String text, int start, int end) {
        int from = Clauses.listStart(text, start);
        int to = Clauses.end(text, end);
        for (String word : SUPPORT) {
            if (TextRanges.contains(text, from, start, word) || TextRanges.contains(text, end, to, word)) {
                return true;
            }
        }
        return TextRanges.contains(text, from, start, '按')
                && BY_RATE.on(text.substring(from, start)).find();
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }
}
