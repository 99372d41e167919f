package org.greenplan.parser.targets;

/**
 * How a target compares a reported value with the target value.
 *
 * <p>Inclusive and exclusive wordings follow PRC Civil Code art. 1259 (民法典第一千二百五十九条): 以上, 以下 and
 * 以内 include the number itself; 超过, 不满 and 以外 exclude it.
 */
public enum TargetComparator {
    /** ≥: 以上, 不低于, 不少于, 达到, 达, 力争达到; also a bare count (举办1次 → ≥ 1 次). */
    AT_LEAST(">="),
    /** &gt;: 超过, 超, 高于, 突破, 以外, 余/多 (100余家). */
    MORE_THAN(">"),
    /**
     * ≤: 以下, 以内, 不高于, 不超过, 控制在…以内, 压缩至, and 内 after a duration (48小时内放行); 消除 X and X清零
     * are ≤ 0 个; a rank is ≤ its place (稳居全球前三 → ≤ 3 位).
     */
    AT_MOST("<="),
    /** &lt;: 低于, 不满, 不足. */
    LESS_THAN("<"),
    /** =: a stated level with no comparator word (a bare 100%, 全覆盖 → = 100 %). */
    EQUAL("="),
    /** About: 左右, 约. */
    APPROX("approx"),
    /** Between {@code value} and {@code upperValue}, both included: 3-5家, 3至5个. */
    BETWEEN("between"),
    /**
     * Rise by at least {@code value} from the baseline: 增加1个百分点 (absolute, unit {@code pp}),
     * 增长10% (relative, unit {@code %}).
     */
    INCREASE_BY("increase_by"),
    /** Fall by at least {@code value} from the baseline: 下降13.5% (relative), 降低2个百分点 (absolute). */
    DECREASE_BY("decrease_by"),
    /** Direction only, no value: 持续提高, 稳步提升, 持续提升. */
    INCREASE("increase"),
    /**
     * Direction only, no value: 持续下降, 稳中有降; also 零增长 (zero growth), read as change ≤ 0 — a
     * value that stays level meets a 零增长 target, and its printed phrase says so.
     */
    DECREASE("decrease"),
    /** No value: the target is set elsewhere (达到国家考核要求, 完成省下达目标, 达到考核目标要求). */
    REFERENCE("reference");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    /** @return the symbol used in JSON and on screen, e.g. {@code >=} */
    public String symbol() {
        return symbol;
    }
}
