package org.greenplan.notifications.internal;

/**
 * A person a notice reaches: a user (with an id, so an inbox) or the unit's contact person (no account).
 *
 * @param userId  the {@code app_user} id, or null for the contact person
 * @param name    username, or the contact's name
 * @param email   e-mail address, or null
 * @param mobile  mobile number, or null
 */
public record Recipient(Long userId, String name, String email, String mobile) {}
