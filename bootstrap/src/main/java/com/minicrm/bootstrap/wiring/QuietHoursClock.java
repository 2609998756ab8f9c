package com.minicrm.bootstrap.wiring;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks the clock quiet hours read, kept apart from the app's so a test can move the brand's time of day alone. */
@Qualifier
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER})
public @interface QuietHoursClock {
    /** The qualifier as a value, for programmatic look-ups and tests. */
    final class Literal extends AnnotationLiteral<QuietHoursClock> implements QuietHoursClock {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
