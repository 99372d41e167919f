package org.greenplan.notifications;

import java.util.Objects;
import java.util.Set;

/**
 * A message to send. Its texts are final (already in the office's language, Chinese): a notice is stored
 * once and read by people of any UI language.
 *
 * @param kind     what it is about, e.g. {@code REMINDER_OVERDUE}, {@code URGING}, {@code INSTRUCTION}
 * @param subject  one line (e-mail subject, inbox title)
 * @param body     the text, plain, lines separated by {@code \n}
 * @param link     a path in GreenPlan to open from the inbox (e.g. {@code /my/periods/5}), or null
 * @param planId   the plan it concerns, or null
 * @param unitId   the unit whose people receive it, or null for a notice only to the group robots
 * @param audience which people of the unit
 * @param channels the channels to use; {@link Channel#WEBHOOK} posts {@code subject} and {@code body} to every
 *                 configured group robot
 */
public record Notice(
        String kind,
        String subject,
        String body,
        String link,
        Long planId,
        Long unitId,
        Audience audience,
        Set<Channel> channels) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        channels = Set.copyOf(channels);
        if (audience == null) {
            audience = Audience.UNIT_USERS;
        }
        if (unitId == null && !channels.equals(Set.of(Channel.WEBHOOK))) {
            throw new IllegalArgumentException("a notice without a unit goes only to the group robots");
        }
    }

    /** @return the unit's people through the in-app inbox, e-mail and SMS */
    public static Notice toUnit(
            String kind, String subject, String body, String link, Long planId, long unitId, Audience audience) {
        return new Notice(
                kind,
                subject,
                body,
                link,
                planId,
                unitId,
                audience,
                Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS));
    }

    /** @return the unit's people through the in-app inbox only */
    public static Notice inAppOnly(String kind, String subject, String body, String link, Long planId, long unitId) {
        return new Notice(kind, subject, body, link, planId, unitId, Audience.UNIT_USERS, Set.of(Channel.IN_APP));
    }

    /** @return a message to the configured group robots only */
    public static Notice toGroups(String kind, String subject, String body, Long planId) {
        return new Notice(kind, subject, body, null, planId, null, Audience.UNIT_USERS, Set.of(Channel.WEBHOOK));
    }

    /** @return the text a robot or an SMS carries: subject, a blank line, body */
    public String text() {
        return subject + "\n\n" + body;
    }
}
