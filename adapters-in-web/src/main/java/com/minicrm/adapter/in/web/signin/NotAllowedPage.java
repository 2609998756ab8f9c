package com.minicrm.adapter.in.web.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Tells a signed-in person the sign-in policy does not allow who they are, and lets them sign out. */
@Path(NotAllowedPage.PATH)
public class NotAllowedPage {
    static final String PATH = "/not-allowed";
    private final SignedIn me;

    NotAllowedPage(SignedIn me) {
        this.me = me;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notAllowed();
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        if (me.isMarketer()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.status(Response.Status.FORBIDDEN).entity(Templates.notAllowed()).build();
    }
}
