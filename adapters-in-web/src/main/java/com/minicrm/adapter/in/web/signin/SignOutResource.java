package com.minicrm.adapter.in.web.signin;

import com.minicrm.application.port.in.marketer.EndSessionUseCase;
import com.minicrm.domain.marketer.MarketerSession;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sign-out ends the app's session on the server first, so that a copy of the cookie opens nothing
 * afterwards, then removes the cookie. The provider's own session is left alone: Google offers
 * relying parties no logout endpoint, and the local provider keeps none.
 */
@Path("/sign-out")
public class SignOutResource {
    static final String DONE_PATH = "/sign-out/done";
    private final OidcSession session;
    private final SecurityIdentity identity;
    private final EndSessionUseCase end;

    SignOutResource(OidcSession session, SecurityIdentity identity, EndSessionUseCase end) {
        this.session = session;
        this.identity = identity;
        this.end = end;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @POST
    @Authenticated
    @Blocking
    public Uni<Response> signOut() {
        IdTokenCredential token = identity.getCredential(IdTokenCredential.class);
        if (token != null) {
            end.end(MarketerSession.idOf(token.getToken()));
        }
        // A relative Location: built from the request's Host header, a forged Host would send the browser elsewhere.
        return session.logout().map(ignored -> Response.status(Response.Status.SEE_OTHER).header("Location", DONE_PATH).build());
    }

    @GET
    @Path("done")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
