package org.greenplan.parser.targets;

import static org.greenplan.parser.targets.TargetComparator.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * The words around a quantity that say how it compares (比较词).
 *
 * <p>Inclusive and exclusive wordings follow PRC Civil Code art. 1259 (民法典第一千二百五十九条): 以上, 以下
 * and 以内 include the number itself; 超过, 不满 and 以外 exclude it. Before the number: 不低于/不少于/达到/达
 * → ≥; 超过/超/高于/突破 → &gt;; 不高于/不超过/控制在/压缩至/缩短到 → ≤; 低于/不满 → &lt;; 约/稳定在 → approx;
 * 增加/提高/年均增长 → increase by; 下降/降低 → decrease by; 提高到/降至 name a level, not a change (≥ and
 * ≤). After it: 以上 → ≥,
 * 以下/以内 → ≤, 以外 → &gt;, 左右 → approx; after a duration also 内 alone (48小时内放行 → ≤ 48 小时, as
 * 以内: the customs release times of corpus 008). 突破 (exceed) is exclusive like 超过, as the corpus reads
 * 标识注册总量突破5亿 (corpus 007).
 */
final class ComparatorWords {

    /** A comparator word found at [start, end). */
    record Word(TargetComparator comparator, int start, int end) {}

    private static final Map<String, TargetComparator> BEFORE = Map.ofEntries(
            Map.entry("不低于", AT_LEAST),
            Map.entry("不少于", AT_LEAST),
            Map.entry("不小于", AT_LEAST),
            Map.entry("至少", AT_LEAST),
            Map.entry("达到", AT_LEAST),
            Map.entry("达", AT_LEAST),
            Map.entry("提高到", AT_LEAST),
            Map.entry("提高至", AT_LEAST),
            Map.entry("提升到", AT_LEAST),
            Map.entry("提升至", AT_LEAST),
            Map.entry("增加到", AT_LEAST),
            Map.entry("增加至", AT_LEAST),
            Map.entry("增长到", AT_LEAST),
            Map.entry("增长至", AT_LEAST),
            Map.entry("增至", AT_LEAST),
            Map.entry("超过", MORE_THAN),
            Map.entry("超", MORE_THAN),
            Map.entry("高于", MORE_THAN),
            Map.entry("大于", MORE_THAN),
            Map.entry("多于", MORE_THAN),
            Map.entry("突破", MORE_THAN),
            Map.entry("保持在", AT_LEAST),
            Map.entry("稳定在", APPROX),
            Map.entry("年均增长", INCREASE_BY),
            Map.entry("年均提高", INCREASE_BY),
            Map.entry("年均增加", INCREASE_BY),
            Map.entry("年均下降", DECREASE_BY),
            Map.entry("年均降低", DECREASE_BY),
            Map.entry("不高于", AT_MOST),
            Map.entry("不超过", AT_MOST),
            Map.entry("不大于", AT_MOST),
            Map.entry("不多于", AT_MOST),
            Map.entry("控制在", AT_MOST),
            Map.entry("至多", AT_MOST),
            Map.entry("降至", AT_MOST),
            Map.entry("降到", AT_MOST),
            Map.entry("下降到", AT_MOST),
            Map.entry("下降至", AT_MOST),
            Map.entry("降低到", AT_MOST),
            Map.entry("降低至", AT_MOST),
            Map.entry("减少到", AT_MOST),
            Map.entry("减少至", AT_MOST),
            Map.entry("减至", AT_MOST),
            Map.entry("压缩至", AT_MOST),
            Map.entry("压缩到", AT_MOST),
            Map.entry("缩短至", AT_MOST),
            Map.entry("缩短到", AT_MOST),
            Map.entry("低于", LESS_THAN),
            Map.entry("小于", LESS_THAN),
            Map.entry("少于", LESS_THAN),
            Map.entry("不满", LESS_THAN),
            Map.entry("不足", LESS_THAN),
            Map.entry("不到", LESS_THAN),
            Map.entry("约", APPROX),
            Map.entry("大约", APPROX),
            Map.entry("约为", APPROX),
            Map.entry("增加", INCREASE_BY),
            Map.entry("提高", INCREASE_BY),
            Map.entry("提升", INCREASE_BY),
            Map.entry("增长", INCREASE_BY),
            Map.entry("上升", INCREASE_BY),
            Map.entry("下降", DECREASE_BY),
            Map.entry("降低", DECREASE_BY),
            Map.entry("减少", DECREASE_BY),
            Map.entry("削减", DECREASE_BY),
            Map.entry("压减", DECREASE_BY),
            Map.entry("压降", DECREASE_BY));

    private static final Map<String, TargetComparator> AFTER =
            Map.of("以上", AT_LEAST, "以下", AT_MOST, "以内", AT_MOST, "之内", AT_MOST, "以外", MORE_THAN, "左右", APPROX);
    private static final String[] AFTER_WORDS = AFTER.keySet().toArray(String[]::new);
    private static final String[] AFTER_FILLERS = {"及", "（含）", "(含)"};
    /** The first characters of a word after a number, a filler's included: any other there starts none. */
    private static final String AFTER_STARTS = "以之左及（(";
    /** The words before a number by their last character: only those ending right before it are tried. */
    private static final List<String> BEFORE_WORDS = longestFirst(BEFORE.keySet());

    private static final WordIndex BEFORE_INDEX = WordIndex.byLastChar(BEFORE_WORDS);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] DELIVERY_VERBS = {
        "完成", "新增", "新建", "建成", "建设", "培育", "创建", "打造", "举办", "开展", "实施", "累计", "争取", "力争", "确保"
    };

    /** A numbered batch right before a count: 完成第三批45家. */
    private static final ReusedMatcher BATCH = ReusedMatcher.compile("第[一二三四五六七八九十\\d]{1,3}批$");

    private static final int LIST_LOOKBACK = 80;

    private ComparatorWords() {}

    /** @return the longest comparator word ending right before {@code pos}, or null */
    static Word before(String text, int pos) {
        if (pos <= 0 || pos > text.length()) {
            return null;
        }
        for (int i : BEFORE_INDEX.keyedBy(text.charAt(pos - 1))) {
            String word = BEFORE_WORDS.get(i);
            int start = pos - word.length();
            if (start >= 0 && text.startsWith(word, start)) {
                return new Word(BEFORE.get(word), start, pos);
            }
        }
        return null;
    }

    /** @return the comparator word right after {@code pos}, after an optional 及 or （含）; else null */
    static Word after(String text, int pos) {
        if (pos >= text.length() || AFTER_STARTS.indexOf(text.charAt(pos)) < 0) {
            return null;
        }
        int start = pos;
        for (String filler : AFTER_FILLERS) {
            start += text.startsWith(filler, start) ? filler.length() : 0;
        }
        for (String word : AFTER_WORDS) {
            if (text.startsWith(word, start)) {
                return new Word(AFTER.get(word), pos, start + word.length());
            }
        }
        return null;
    }

    /** @return true when a qualifier printed after a value (以上, 以下, 以内, 之内, 以外, 左右) ends at {@code end} */
    static boolean endsWithSuffix(String text, int end) {
        return TextRanges.endsWithAny(text, end, AFTER_WORDS);
    }

    /** @return like {@link #after(String, int)}; after a duration, 内 alone also bounds it (48小时内 → ≤) */
    static Word after(String text, int pos, String unit) {
        Word word = after(text, pos);
        if (word == null && TargetUnits.isDuration(unit) && text.startsWith("内", pos)) {
            return new Word(AT_MOST, pos, pos + 1);
        }
        return word;
    }

    /**
     * Decides the comparator of a percentage printed without any comparator word. A bare 100% is the
     * whole, a level (新建住宅建筑实现100%BIM交付 → = 100 %) even after a verb of delivery, as ≥ 100 % would
     * say nothing more; N%的X is the share of X that must get there, at least (全市90%的重点领域市场主体纳入…,
     * 90%的市和70%的县达到… → ≥ 90 %, ≥ 70 %: corpus 006 and 010); otherwise as {@link #resolve}.
     */
    static TargetComparator barePercent(String text, int end, BigDecimal value, int clauseStart, int numberStart) {
        if (value.compareTo(HUNDRED) == 0) {
            return EQUAL;
        }
        boolean share = end < text.length() && text.charAt(end) == '的';
        return share || namesDelivery(text, clauseStart, numberStart) ? AT_LEAST : EQUAL;
    }

    /**
     * Decides the comparator of a single quantity. A change word (增加, 下降) wins; then 左右; then a word
     * before the number other than 达到 (超过82%以上 stays &gt;); then the word after it (达到92%以上 → ≥);
     * then 余/多 (100余家 → &gt; 100). Without any word, a count or a quantity to deliver (the clause
     * names 完成, 新增, 举办… before it) means at least that much (举办1次 → ≥ 1 次, 新增装机200兆瓦 →
     * ≥ 200000 kW); any other
     * quantity is a stated level (a bare 100% → = 100 %).
     */
    static TargetComparator resolve(
            Word before, Word after, boolean more, String unit, String text, int clauseStart, int numberStart) {
        TargetComparator prefix = before == null ? null : before.comparator();
        TargetComparator suffix = after == null ? null : after.comparator();
        if (prefix == INCREASE_BY || prefix == DECREASE_BY) {
            return prefix;
        }
        if (suffix == APPROX || prefix != null && prefix != AT_LEAST) {
            return suffix == APPROX ? APPROX : prefix;
        }
        if (suffix != null || prefix != null) {
            return suffix != null ? suffix : prefix;
        }
        if (more) {
            return MORE_THAN;
        }
        return TargetUnits.isCount(unit) || namesDelivery(text, clauseStart, numberStart) ? AT_LEAST : EQUAL;
    }

    /**
     * A count whose things are already fixed, exactly that many rather than at least: a numbered batch
     * (完成第三批45家养殖场的关停) or a list of named things that the count closes (完成甲路、乙路、丙路等12条道路的
     * 改造). One name before 等 is an example, not a list (加快建设浪潮等9个节点 stays ≥: corpus 010).
     *
     * @param text        the task text
     * @param numberStart where the count's number starts
     */
    static boolean closesFixedCount(String text, int numberStart) {
        int from = Math.max(0, numberStart - LIST_LOOKBACK);
        // 批 ends a batch, but $ also matches before a line break that ends the text looked at (批\r\n)
        if (TextRanges.contains(text, numberStart - 3, numberStart, '批')
                && BATCH.on(text.substring(from, numberStart)).find()) {
            return true;
        }
        if (numberStart == 0 || text.charAt(numberStart - 1) != '等') {
            return false;
        }
        for (int i = numberStart - 2; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '、') {
                return true;
            }
            if ("，,。；;：:\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** @return true when a verb of delivery ends right at {@code pos}, before a quantity: 新建|12公顷以上的湿地公园 */
    static boolean endsWithDelivery(String text, int pos) {
        return TextRanges.endsWithAny(text, pos, DELIVERY_VERBS);
    }

    /** @return true when [from, to), the clause before a quantity, names something to deliver: 完成, 新增, 举办… */
    static boolean namesDelivery(String text, int from, int to) {
        return TextRanges.containsAny(text, from, to, DELIVERY_VERBS);
    }

    private static List<String> longestFirst(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }
}
