package org.greenplan.plan;

import java.time.Instant;

/**
 * One entry of the audit trail (操作记录): what the office did to a plan, when and why.
 *
 * @param at     when
 * @param action PUBLISHED, WITHDRAWN or DISCARDED
 * @param detail what it concerned (a discarded plan: its title, file and state), or null
 * @param reason the office's reason, or null
 */
public record AuditEntry(Instant at, String action, String detail, String reason) {}
