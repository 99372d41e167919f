package org.greenplan.plan.draft;

import java.time.LocalDate;

/**
 * The office's correction of a draft task's text and deadline.
 *
 * @param text           the task text (without unit clause); must not be blank
 * @param deadline       the deadline date, or null
 * @param deadlineOpen   true for open-ended deadlines (持续推进); then {@code deadline} must be null
 * @param deadlinePhrase the deadline as the document prints it, or null
 */
public record TaskEdit(String text, LocalDate deadline, boolean deadlineOpen, String deadlinePhrase) {}
