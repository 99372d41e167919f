package org.greenplan.accounts.admin;

import java.security.SecureRandom;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One-time passwords (一次性密码) the office hands to a new user or after a reset: 16 characters from
 * {@link SecureRandom} over letters and digits without look-alikes (no 0/O, 1/l/I), about 93 bits. Stored only
 * as a {@code DelegatingPasswordEncoder} hash with its {@code {id}} prefix. A password the strength estimator
 * would refuse at a password change (a chance draw such as a keyboard run) is drawn again, so an admin reset
 * never hands out a password the user could not have chosen.
 */
final class OneTimePasswords {
    static final int LENGTH = 16;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    /** @return a new random password of {@value #LENGTH} characters */
    String generate() {
        String password = draw();
        while (org.greenplan.accounts.PasswordStrength.check(password, java.util.List.of())
                .isPresent()) {
            password = draw();
        }
        return password;
    }

    private String draw() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** @return the hash to store, e.g. {@code {bcrypt}$2a$10$…} */
    String hash(String password) {
        return ENCODER.encode(password);
    }
}
