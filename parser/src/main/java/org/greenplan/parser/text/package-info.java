/**
 * Small text-scanning helpers the plan and target parsers share: {@link org.greenplan.parser.text.CuedPattern}
 * (a regular expression with the words every match contains, so that a text holding none of them is not
 * scanned) and {@link org.greenplan.parser.text.ReusedMatcher} (one {@code Matcher} per pattern and thread,
 * reset for each text instead of allocated). Pure Java, no state beyond those per-thread matchers.
 */
package org.greenplan.parser.text;
