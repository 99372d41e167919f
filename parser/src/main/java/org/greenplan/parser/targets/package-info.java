/**
 * Targets (目标) in task text: quantities, Chinese numerals, comparators → {@link
 * org.greenplan.parser.targets.TargetSpec}.
 *
 * <p>The public API is {@link org.greenplan.parser.targets.TargetPhraseParser} (the façade the plan parser
 * calls once per task), its result {@link org.greenplan.parser.targets.TargetSpec}, the closed sets {@link
 * org.greenplan.parser.targets.TargetComparator} and {@link org.greenplan.parser.targets.TargetUnits}, and
 * {@link org.greenplan.parser.targets.ChineseNumbers} for reading and writing numerals. Everything else is
 * package-private and works in passes over the text:
 * <ol>
 *   <li>{@code ProtectedSpans} marks quotations, titles and brackets, whose numbers are names;</li>
 *   <li>{@code NumberScanner} finds numbers; {@code QuantityReader} adds magnitude, unit and range
 *       ({@code UnitCatalogue}); {@code NonTargetRules} drops slogans, ordinals and support amounts, and
 *       {@code DescriptiveQuantities} conditions, thresholds, baselines and scope; {@code ComparatorWords}
 *       reads the words around → {@code NumericAnchors};</li>
 *   <li>{@code WordAnchors} finds targets stated in words (持续下降, 达到国家考核要求, 消除, 全覆盖 where
 *       {@code Coverage} says it is one, 稳居全球前三);</li>
 *   <li>{@code IndicatorExtractor} finds each anchor's indicator in its clause ({@code Clauses});
 *       {@code RespectiveLists} spreads 分别 over its values or subjects.</li>
 * </ol>
 * Pure Java: no Spring, no I/O.
 */
package org.greenplan.parser.targets;
