package org.greenplan.progress;

/**
 * One submission of a report, as kept in its history (报送记录).
 *
 * @param submission 1 for the first submission, 2 for the first resubmission …
 * @param content    what was submitted
 * @param submitted  who submitted it, and when
 * @param outcome    what became of it: SUBMITTED (pending), UNIT_APPROVED, APPROVED or RETURNED
 * @param decided    who decided on it last, and when; null while pending
 * @param reason     the office's reason for returning it, or null
 */
public record ReportVersion(
        int submission, ReportContent content, Stamp submitted, ReportState outcome, Stamp decided, String reason) {}
