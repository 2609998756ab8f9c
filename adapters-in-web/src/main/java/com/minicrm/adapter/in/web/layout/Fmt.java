package com.minicrm.adapter.in.web.layout;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;

/**
 * {@link Formats} for values that may be missing, as {@code {fmt:day(c.lastOrderAt)}}: Qute calls no
 * extension method on a null base, but a namespace function takes null like any other argument.
 */
@TemplateExtension(namespace = "fmt")
public final class Fmt {
    private Fmt() {}

    public static String day(Instant at) {
        return Formats.day(at);
    }

    public static String when(Instant at) {
        return Formats.when(at);
    }

    public static String ago(Instant at) {
        return Formats.ago(at);
    }
}
