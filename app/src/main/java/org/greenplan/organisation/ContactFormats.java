package org.greenplan.organisation;

import java.util.regex.Pattern;

/**
 * The formats of phone numbers and e-mail addresses that GreenPlan accepts for contact persons and
 * users, so that the office can reach them.
 *
 * <p>Phone: a mainland mobile number (11 digits starting 13–19, e.g. {@code 13812345678}, optionally
 * with {@code +86}), or a landline with its area code ({@code 0557-3021234}, {@code 05573021234},
 * optionally with an extension {@code -801}). E-mail: {@code name@domain.tld} without spaces.
 */
public final class ContactFormats {
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86[- ]?)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}[- ]?\\d{7,8}(?:-\\d{1,6})?");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private ContactFormats() {}

    /** @return whether {@code phone} is null, blank or a mobile or landline number as described above */
    public static boolean isPhoneOrEmpty(String phone) {
        if (phone == null || phone.isBlank()) {
            return true;
        }
        String value = phone.strip();
        return MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches();
    }

    /** @return whether {@code email} is null, blank or an address as described above */
    public static boolean isEmailOrEmpty(String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches();
    }
}
