package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * {@link SessionAttributeReads} reads the bytes of a security context or a CSRF token once and shares only what no
 * request changes; every other attribute, and every security context, is a value of the reader's own.
 */
class SessionAttributeReadsTests {
    private final AtomicInteger reads = new AtomicInteger();
    private final Converter<byte[], Object> counted = bytes -> {
        reads.incrementAndGet();
        return new DeserializingConverter().convert(bytes);
    };
    private final SessionAttributeReads attributes = new SessionAttributeReads(counted, 100);

    private static byte[] stored(Object value) {
        return new SerializingConverter().convert(value);
    }

    private static byte[] signedIn(String username, Role role) {
        GreenPlanUser user = GreenPlanUser.of(new Actor(7, username, "张三", null, Set.of(role), false));
        return stored(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    @Test
    void aSecurityContextIsReadOnceAndEveryReaderGetsAContextOfItsOwn() {
        byte[] bytes = signedIn("leader", Role.LEADER);

        SecurityContext first = (SecurityContext) attributes.convert(bytes);
        SecurityContext second = (SecurityContext) attributes.convert(bytes.clone());
        SecurityContext third = (SecurityContext) attributes.convert(bytes.clone());

        assertThat(reads).hasValue(1);
        assertThat(second).isNotSameAs(first).isNotSameAs(third);
        assertThat(second.getAuthentication())
                .isSameAs(first.getAuthentication())
                .isSameAs(third.getAuthentication());
        assertThat(((GreenPlanUser) third.getAuthentication().getPrincipal())
                        .actor()
                        .username())
                .isEqualTo("leader");
        assertThat(third.getAuthentication().getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly("ROLE_LEADER");
    }

    @Test
    void aSignOutClearsOnlyItsOwnContext() {
        byte[] bytes = signedIn("leader", Role.LEADER);
        SecurityContext signingOut = (SecurityContext) attributes.convert(bytes);

        signingOut.setAuthentication(null);

        SecurityContext next = (SecurityContext) attributes.convert(bytes);
        assertThat(next.getAuthentication()).isNotNull();
        assertThat(next.getAuthentication().getName()).isEqualTo("leader");
    }

    @Test
    void otherBytesAreReadAfresh() {
        SecurityContext leader = (SecurityContext) attributes.convert(signedIn("leader", Role.LEADER));
        SecurityContext office = (SecurityContext) attributes.convert(signedIn("office", Role.OFFICE_ADMIN));

        assertThat(reads).hasValue(2);
        assertThat(leader.getAuthentication().getName()).isEqualTo("leader");
        assertThat(office.getAuthentication().getName()).isEqualTo("office");
        assertThat(office.getAuthentication().getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly("ROLE_OFFICE_ADMIN");
    }

    @Test
    void aCsrfTokenIsReadOnceAndShared() {
        byte[] bytes = stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "2f1c"));

        Object first = attributes.convert(bytes);
        Object second = attributes.convert(bytes.clone());

        assertThat(reads).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(((DefaultCsrfToken) second).getToken()).isEqualTo("2f1c");
    }

    @Test
    void anyOtherAttributeIsReadEachTime() {
        byte[] list = stored(new ArrayList<>(List.of("七月")));

        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) attributes.convert(list);
        first.add("八月");
        Object second = attributes.convert(list);

        assertThat(reads).hasValue(2);
        assertThat(second).isEqualTo(List.of("七月"));
    }

    @Test
    void aContextOfAnotherKindOfAuthenticationIsReadEachTime() {
        byte[] bytes = stored(new SecurityContextImpl(new TestingAuthenticationToken("tester", null, "ROLE_LEADER")));

        SecurityContext first = (SecurityContext) attributes.convert(bytes);
        SecurityContext second = (SecurityContext) attributes.convert(bytes);

        assertThat(reads).hasValue(2);
        assertThat(second.getAuthentication()).isNotSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("tester");
    }

    @Test
    void damagedBytesFailAndKeepNothing() {
        byte[] damaged = new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73};

        assertThatThrownBy(() -> attributes.convert(damaged)).isInstanceOf(SerializationFailedException.class);
        assertThatThrownBy(() -> attributes.convert(damaged)).isInstanceOf(SerializationFailedException.class);
        assertThat(reads).hasValue(2);
    }

    @Test
    void atMostTheBoundIsKept() {
        SessionAttributeReads two = new SessionAttributeReads(counted, 2);
        for (int i = 0; i < 20; i++) {
            two.convert(stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + i)));
        }

        assertThat(two.keptCount()).isLessThanOrEqualTo(2);
    }

    @Test
    void theConversionsStoreAndReadJavaSerialisation() {
        var conversions = SessionAttributeReads.conversions(getClass().getClassLoader());
        byte[] bytes = conversions.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "七月"), byte[].class);

        assertThat(((DefaultCsrfToken) conversions.convert(bytes, Object.class)).getToken())
                .isEqualTo("七月");
        assertThatThrownBy(() -> conversions.convert(new Object(), byte[].class))
                .isInstanceOf(ConversionFailedException.class);
    }
}
