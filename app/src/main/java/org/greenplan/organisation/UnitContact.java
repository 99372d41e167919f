package org.greenplan.organisation;

/**
 * 联络员 — the person the office reaches at a unit. Every part may be null where not yet known.
 *
 * @param name  the person's name
 * @param phone a mobile (13812345678) or landline (0557-3021234) number, see {@link ContactFormats}
 * @param email an e-mail address
 */
public record UnitContact(String name, String phone, String email) {
    /** A unit without a contact person. */
    public static final UnitContact NONE = new UnitContact(null, null, null);

    public UnitContact {
        name = blankToNull(name);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
