/**
 * Import of issued documents: bytes → parser → a DRAFT plan the office reviews and publishes.
 *
 * <p>API: {@link org.greenplan.planimport.PlanImporter}. An import is one transaction: a rejected
 * document leaves nothing behind, not even the units it would have created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan import")
package org.greenplan.planimport;
