package org.greenplan.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Turns a stored session attribute's bytes (Java serialisation, as Spring Session JDBC stores them) back into its
 * value, and reads each distinct content of the attributes every request reads only once per node: the signed-in
 * user's security context and the CSRF token. Reading the security context (1.6 KB, fifteen classes) cost 11 % of the
 * server's CPU on a dashboard request under load (issue 11), because every request reads its session's row again.
 *
 * <p>Kept by content, not by session: the same bytes always give an equal value, so a kept value is never stale; a
 * session whose attribute was written anew (a sign-in, a changed role, acting as a unit) has other bytes, which are
 * read afresh. Only values that no request changes are shared between requests: a {@link DefaultCsrfToken} (final
 * fields), and the {@link UsernamePasswordAuthenticationToken} of a security context, which every read gets in a
 * {@link SecurityContextImpl} of its own, because a sign-out clears the context it holds
 * ({@code SecurityContextLogoutHandler}). Two sessions whose bytes are the same (the same user signed in the same
 * way) share an equal, unchanging authentication, as concurrent requests of one in-memory session share theirs. Any
 * other attribute is read each time.
 *
 * <p>At most {@value #KEPT} contents are kept (about 3 KB each with their bytes), the least used leaving first.
 */
final class SessionAttributeReads implements Converter<byte[], Object> {
    /** How many distinct contents are kept. */
    static final int KEPT = 2_000;

    private final Converter<byte[], Object> deserializer;
    private final Cache<Content, Object> kept;

    /**
     * @param deserializer reads bytes into a value (Spring's {@link DeserializingConverter})
     * @param kept         how many distinct contents to keep
     */
    SessionAttributeReads(Converter<byte[], Object> deserializer, int kept) {
        this.deserializer = deserializer;
        this.kept = Caffeine.newBuilder().maximumSize(kept).build();
    }

    /**
     * @param classLoader the class loader the values' classes are loaded with (the application's)
     * @return the conversions Spring Session JDBC stores and reads attributes with: Java serialisation as by default,
     *         with reads through a {@code SessionAttributeReads}; a failure is a {@code ConversionFailedException}
     */
    static GenericConversionService conversions(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(
                byte[].class, Object.class, new SessionAttributeReads(new DeserializingConverter(classLoader), KEPT));
        return conversions;
    }

    /**
     * @param bytes an attribute as stored (not changed afterwards: the bytes are kept as the key)
     * @return its value; a security context of its own on every call
     * @throws org.springframework.core.serializer.support.SerializationFailedException when the bytes cannot be read
     */
    @Override
    public Object convert(byte[] bytes) {
        Content content = new Content(bytes);
        Object shared = kept.getIfPresent(content);
        if (shared != null) {
            return own(shared);
        }
        Object value = deserializer.convert(bytes);
        Object shareable = shareable(value);
        if (shareable != null) {
            kept.put(content, shareable);
        }
        return value;
    }

    /** @return how many contents are kept, once pending evictions have run */
    long keptCount() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /** @return the part of a value that may be shared between requests, or null when none may */
    private static Object shareable(Object value) {
        if (value instanceof DefaultCsrfToken) {
            return value;
        }
        if (value != null
                && value.getClass() == SecurityContextImpl.class
                && ((SecurityContextImpl) value).getAuthentication()
                        instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.getClass() == UsernamePasswordAuthenticationToken.class) {
            return new SignedIn(signedIn);
        }
        return null;
    }

    private static Object own(Object shared) {
        return shared instanceof SignedIn signedIn ? new SecurityContextImpl(signedIn.authentication()) : shared;
    }

    /** The shared authentication of a kept security context. */
    private record SignedIn(Authentication authentication) {}

    /** Bytes compared by content. */
    private static final class Content {
        private final byte[] bytes;
        private final int hash;

        Content(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content content && hash == content.hash && Arrays.equals(bytes, content.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
