/**
 * Parser-quality tooling: golden files ({@code NAME.expected.json}, {@link ExpectedPlan}), the comparison
 * of a parse with them ({@link PlanComparison}, {@link Score}) and the corpus scorer ({@link Evaluation})
 * behind {@code ./greenplan eval} and the golden-file tests. Fixture formats:
 * {@code parser/src/test/resources/plans/README.md}.
 */
package org.greenplan.parser.quality;
