/**
 * Import of issued documents: bytes → parser → a DRAFT plan the office reviews and publishes.
 *
 * <p>API: {@link org.greenplan.planimport.PlanImporter}, and {@link
 * org.greenplan.planimport.ReviewService}, the one door through which a draft is corrected (save,
 * merge, split) or discarded, with the one check that the plan is still a DRAFT. An import is one
 * transaction: a rejected document leaves nothing behind, not even the units it would have created.
 * The parser's types stop here: {@code DraftMapping} turns them into the plan module's draft input.
 *
 * <p>Uses the organisation and plan modules (including {@code plan::draft}). Tables: none; it writes
 * plans and units only through their modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plan import",
        allowedDependencies = {"shared", "organisation", "plan", "plan :: view", "plan :: draft", "audit"})
package org.greenplan.planimport;
