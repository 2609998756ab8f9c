package com.minicrm.adapter.in.web.signin;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Sign-out ends the app's session. The provider's own session is left alone: Google offers relying
 * parties no logout endpoint, and the local provider keeps none.
 */
@Path("/sign-out")
public class SignOutResource {
    static final String DONE_PATH = "/sign-out/done";
    private final OidcSession session;

    SignOutResource(OidcSession session) {
        this.session = session;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @POST
    @Authenticated
    public Uni<Response> signOut() {
        return session.logout().map(ignored -> Response.seeOther(URI.create(DONE_PATH)).build());
    }

    @GET
    @Path("done")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
