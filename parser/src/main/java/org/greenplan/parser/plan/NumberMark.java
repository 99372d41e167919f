package org.greenplan.parser.plan;

/**
 * The numbering printed at the start of a line.
 *
 * @param style  which numbering style
 * @param value  its value, 1-based (（三） → 3)
 * @param number normalised as in {@link Heading#number()}: 一, （一）, 1, （1）, ①
 * @param length characters taken by the number, its punctuation and the spaces after it
 */
record NumberMark(NumberStyle style, int value, String number, int length) {}
