/**
 * The small shared kernel every module may use: the message-keyed refusal every module throws ({@link
 * org.greenplan.shared.Refusal}, {@link org.greenplan.shared.MessageKeyed}) and the office-time formatting of
 * the pages ({@link org.greenplan.shared.OfficeTime}), typed reasons set inside a sentence ({@link
 * org.greenplan.shared.Sentences}), a reporting period's name in the reader's language ({@link
 * org.greenplan.shared.PeriodNames}), a template fragment rendered to a string for HTML kept between requests
 * ({@link org.greenplan.shared.FragmentRenderer}), and the node-local cache of computed answers the read
 * models keep ({@link org.greenplan.shared.ResultCache}). It depends on no module of ours.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.greenplan.shared;
