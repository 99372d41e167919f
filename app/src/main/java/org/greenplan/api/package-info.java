/**
 * The REST API (JSON under {@code /api}, documented by springdoc at {@code /v3/api-docs} and
 * {@code /swagger-ui.html}): plans, tasks and periods to read, progress reports to save, submit, approve
 * and return, evidence attachments. A unit's own system signs in with a bearer token ({@code /tokens}) or
 * a browser session; the controllers are thin and call the same services as the pages, so the
 * {@code accounts::Actor} checks of {@code progress::ProgressReports} apply unchanged, and so does the
 * lock of a closed period. Errors are RFC 9457 {@code application/problem+json}.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {"shared", "accounts", "periods", "plan", "plan :: view", "progress"})
package org.greenplan.api;
