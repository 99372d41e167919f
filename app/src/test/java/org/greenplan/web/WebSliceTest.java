package org.greenplan.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.greenplan.accounts.LayoutAttributes;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice test: the named controllers with the web shell (layout, language, error pages, security
 * with CSRF) and Thymeleaf, but no database: the controllers' services are {@code @MockitoBean}s.
 * Requests that change state need {@code .with(csrf())}, as the pages' forms send the token. Requests are
 * signed in as the office ({@link OfficeInSlices}) unless they add another {@code TestActors} actor. Every module's
 * {@link LayoutAttributes} is in the slice, as the layout needs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LayoutAttributes.class))
@Import({SecurityConfiguration.class, OfficeInSlices.class})
public @interface WebSliceTest {
    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
