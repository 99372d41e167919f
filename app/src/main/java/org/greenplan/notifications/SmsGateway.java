package org.greenplan.notifications;

/**
 * Sends a short message to a mobile number. GreenPlan ships only a gateway that logs each message
 * ({@code loggingSmsGateway}); a deployment with an SMS contract provides its own bean of this type, which
 * then replaces the logging one.
 */
public interface SmsGateway {

    /**
     * @param mobile the number as stored for the user or contact person
     * @param text   the message (subject and body)
     * @return the outcome to log: {@link DeliveryStatus#SENT}, or {@link DeliveryStatus#SKIPPED} when the
     *         gateway does not really send
     * @throws RuntimeException when sending failed (logged as FAILED with the message)
     */
    DeliveryStatus send(String mobile, String text);
}
