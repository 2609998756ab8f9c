package com.minicrm.adapter.in.web.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What a page shows when it fails on our side: a page in the app's own layout with a reference to
 * quote, instead of the API's problem+json. Each page resource maps its own failures to it.
 */
public final class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    private ErrorPage() {}

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance failed(String reference);
    }

    public static Response of(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "page failed (reference %s)", reference);
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE).entity(Templates.failed(reference)).build();
    }
}
