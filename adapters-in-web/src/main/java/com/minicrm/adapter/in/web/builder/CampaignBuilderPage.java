package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase.Facets;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The "New campaign" page: the visual segment builder and the message composer in one form. The
 * page itself is static; its script calls the JSON APIs (preview, segments, campaigns, AI) with the
 * session and the CSRF header, and asks this resource for the city and tag suggestions.
 */
@Path("/campaigns/new")
@MarketerPage
@Blocking
public class CampaignBuilderPage {
    private final FindCustomerFacetsUseCase facets;
    private final String catalogJson;

    CampaignBuilderPage(FindCustomerFacetsUseCase facets, ObjectMapper json) throws JsonProcessingException {
        this.facets = facets;
        this.catalogJson = json.writeValueAsString(FieldCatalog.fromDomain());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance builder(String catalogJson);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.builder(catalogJson);
    }

    @GET
    @Path("/facets")
    @Produces(MediaType.APPLICATION_JSON)
    public Facets facets() {
        return facets.facets();
    }
}
