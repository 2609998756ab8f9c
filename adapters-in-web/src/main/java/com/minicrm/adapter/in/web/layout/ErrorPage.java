package com.minicrm.adapter.in.web.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What a page shows when it fails on our side: a page in the app's own layout with a reference to
 * quote, instead of the API's problem+json; a client error keeps its status and says so plainly.
 * Each page resource maps its own failures to it.
 */
public final class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    private ErrorPage() {}

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance failed(String reference);

        static native TemplateInstance refused(int status, String title);
    }

    public static Response of(Throwable failure) {
        // A client's mistake the framework already judged (a path id too large for a number is a 404):
        // keep its status, and log it in one line, since nothing on our side needs fixing.
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            LOG.debugf("page refused with %d: %s", status, failure.getMessage());
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = status == 404 ? "Page not found" : known == null ? "Request refused" : known.getReasonPhrase();
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.refused(status, title)).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(failure, "page failed (reference %s)", reference);
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE).entity(Templates.failed(reference)).build();
    }
}
