package org.greenplan.plan.view;

/**
 * How a stored target compares a reported value with its target value. The plan's own copy of the
 * closed set the parser reads (the parser's {@code TargetComparator}: same constants, same order), so
 * that stored plans do not depend on the parser; the importer maps one onto the other by name.
 *
 * <p>Inclusive and exclusive wordings follow PRC Civil Code art. 1259 (民法典第一千二百五十九条): 以上, 以下 and
 * 以内 include the number itself; 超过, 不满 and 以外 exclude it.
 */
public enum Comparison {
    /** ≥ (以上, 不低于, 达到). */
    AT_LEAST,
    /** &gt; (超过, 高于). */
    MORE_THAN,
    /** ≤ (以下, 以内, 不超过). */
    AT_MOST,
    /** &lt; (低于, 不满). */
    LESS_THAN,
    /** = (a stated level: 100%, 全覆盖). */
    EQUAL,
    /** About (左右, 约). */
    APPROX,
    /** Between {@code value} and {@code upperValue}, both included (3-5家). */
    BETWEEN,
    /** Rise by at least {@code value} from the baseline (增加1个百分点, 增长10%). */
    INCREASE_BY,
    /** Fall by at least {@code value} from the baseline (下降13.5%). */
    DECREASE_BY,
    /** Direction only, no value (持续提高). */
    INCREASE,
    /** Direction only, no value (持续下降, 零增长). */
    DECREASE,
    /** No value: the target is set elsewhere (达到国家考核要求). */
    REFERENCE
}
