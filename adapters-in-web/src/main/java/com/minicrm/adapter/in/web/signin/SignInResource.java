package com.minicrm.adapter.in.web.signin;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Where the identity provider sends the browser back; Quarkus OIDC completes the code flow before this runs. */
@Path(SignInTenant.CALLBACK_PATH)
public class SignInResource {
    @GET
    @Authenticated
    public Response callback() {
        return Response.seeOther(URI.create("/")).build();
    }
}
