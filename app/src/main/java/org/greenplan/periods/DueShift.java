package org.greenplan.periods;

/**
 * Where a due day that is not a working day moves. {@code NEXT} (顺延, the default) follows the practice
 * of 《中华人民共和国税收征收管理法实施细则》第一百零九条: “期限的最后一日是法定休假日的，以休假日期满的次日为期限的最后一日”;
 * {@code PREVIOUS} (提前) moves it to the last working day before, for offices that want reports in hand
 * before a holiday.
 */
public enum DueShift {
    NEXT,
    PREVIOUS
}
