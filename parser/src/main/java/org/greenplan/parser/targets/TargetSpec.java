package org.greenplan.parser.targets;

import java.math.BigDecimal;

/**
 * A target (目标) read from task text, e.g. 秸秆综合利用率达92%以上 → 秸秆综合利用率 ≥ 92 %.
 *
 * @param indicator     the noun phrase the target applies to (秸秆综合利用率), verbs such as 培育 and time
 *                      and place such as 2022年全市 trimmed; never blank
 * @param comparator    how a reported value is compared with {@code value}
 * @param value         the number in the canonical unit (15万千瓦 → 150000 kW), without trailing zeros;
 *                      null for direction-only and reference targets
 * @param upperValue    the upper bound for {@link TargetComparator#BETWEEN}, else null
 * @param unit          canonical unit code (see {@link TargetUnits}), e.g. {@code %}, {@code pp},
 *                      {@code kW}, {@code 家}; null where there is no value, and where the document
 *                      prints a value without any unit (标识注册总量突破5亿 → &gt; 500000000)
 * @param printedPhrase the phrase as printed, from the indicator on (leading verbs such as 完成, 确保, 争取
 *                      are left out so that highlighting marks what is measured), e.g.
 *                      新增可再生能源发电装机15万千瓦以上
 * @param start         offset of the phrase in the task text, inclusive
 * @param end           offset of the phrase in the task text, exclusive
 */
public record TargetSpec(
        String indicator,
        TargetComparator comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        String printedPhrase,
        int start,
        int end) {}
