package com.minicrm.adapter.in.web.builder;

import com.minicrm.adapter.in.web.signin.MarketerPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The nav's "Segments": a segment is built on the new-campaign page, whose first step is the audience. */
@Path("/segments/new")
@MarketerPage
public class NewSegmentPage {
    @GET
    public Response page() {
        return Response.seeOther(URI.create("/campaigns/new")).build();
    }
}
