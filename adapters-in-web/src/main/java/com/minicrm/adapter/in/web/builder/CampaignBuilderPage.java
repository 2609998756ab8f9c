package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase.Facets;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentNotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The "New campaign" page: the visual segment builder and the message composer in one form. The
 * page itself is static; its script calls the JSON APIs (preview, segments, campaigns, AI) with the
 * session and the CSRF header, and asks this resource for the city and tag suggestions. It can start
 * from a saved segment ({@code ?segment=3}), whose rules it loads and whose id the launch reuses.
 */
@Path("/campaigns/new")
@MarketerPage
@Blocking
public class CampaignBuilderPage {
    private final FindCustomerFacetsUseCase facets;
    private final FindSegmentsUseCase segments;
    private final ObjectMapper json;
    private final String catalogJson;

    CampaignBuilderPage(FindCustomerFacetsUseCase facets, FindSegmentsUseCase segments, ObjectMapper json)
            throws JsonProcessingException {
        this.facets = facets;
        this.segments = segments;
        this.json = json;
        this.catalogJson = FieldCatalogJson.of(json);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance builder(String catalogJson, List<Segment> saved, Long chosen, String segmentJson);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("segment") Long segment) throws JsonProcessingException {
        String start = null;
        if (segment != null) {
            try {
                start = SegmentJson.of(segments.byId(segment), json);
            } catch (SegmentNotFoundException e) {
                segment = null; // a deleted segment's link opens an empty builder
            }
        }
        return Templates.builder(catalogJson, segments.newestFirst(), segment, start);
    }

    @GET
    @Path("/facets")
    @Produces(MediaType.APPLICATION_JSON)
    public Facets facets() {
        return facets.facets();
    }
}
