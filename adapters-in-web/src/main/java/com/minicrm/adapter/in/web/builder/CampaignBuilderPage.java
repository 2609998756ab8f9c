package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.layout.Formats;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase.Facets;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "New campaign" page: the visual segment builder and the message composer in one form. The
 * page itself is static; its script calls the JSON APIs (preview, segments, campaigns, AI) with the
 * session and the CSRF header, and asks this resource for the city and tag suggestions. It can start
 * from a saved segment ({@code ?segment=3}), whose rules it loads and whose id the launch reuses, or
 * from a copy of an earlier campaign ({@code ?from=12}): its rules, message and channel, as a new draft,
 * or from a saved draft ({@code ?draft=4}), which it keeps saving over until the launch discards it.
 */
@Path("/campaigns/new")
@MarketerPage
@Blocking
public class CampaignBuilderPage {
    private final FindCustomerFacetsUseCase facets;
    private final FindSegmentsUseCase segments;
    private final FindCampaignsUseCase campaigns;
    private final FindUnsentCampaignsUseCase drafts;
    private final ObjectMapper json;
    private final String catalogJson;

    CampaignBuilderPage(FindCustomerFacetsUseCase facets, FindSegmentsUseCase segments, FindCampaignsUseCase campaigns,
            FindUnsentCampaignsUseCase drafts, ObjectMapper json) throws JsonProcessingException {
        this.drafts = drafts;
        this.facets = facets;
        this.segments = segments;
        this.campaigns = campaigns;
        this.json = json;
        this.catalogJson = FieldCatalogJson.of(json);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance builder(String catalogJson, List<Segment> saved, Long chosen, String segmentJson,
                String campaignJson, String draftJson, String zone);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("segment") Long segment, @QueryParam("from") Long from,
            @QueryParam("draft") Long draft) throws JsonProcessingException {
        String start = null;
        if (segment != null) {
            try {
                start = SegmentJson.of(segments.byId(segment), json);
            } catch (SegmentNotFoundException e) {
                segment = null; // a deleted segment's link opens an empty builder
            }
        }
        return Templates.builder(catalogJson, segments.newestFirst(), segment, start, copyOf(from), draft(draft),
                Formats.zone().getId());
    }

    /** A saved draft, to finish; null when there is none (launched or discarded meanwhile). */
    private String draft(Long id) throws JsonProcessingException {
        if (id == null) {
            return null;
        }
        var found = drafts.byId(id);
        if (found.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", found.get().id());
        out.put("name", found.get().name());
        out.put("template", found.get().template());
        out.put("channel", found.get().channel());
        out.put("rule", found.get().ruleJson() == null ? null : json.readTree(found.get().ruleJson()));
        return json.writeValueAsString(out);
    }

    /** An earlier campaign as a new draft's starting point; null when there is none to copy. */
    private String copyOf(Long campaignId) throws JsonProcessingException {
        if (campaignId == null) {
            return null;
        }
        try {
            Campaign original = campaigns.get(campaignId);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", "Copy of " + original.name());
            out.put("original", original.name());
            out.put("template", original.template().text());
            out.put("channel", original.channel().name());
            out.put("rule", json.readTree(original.audience().frozenRule()));
            return json.writeValueAsString(out);
        } catch (CampaignNotFoundException e) {
            return null;
        }
    }

    @GET
    @Path("/facets")
    @Produces(MediaType.APPLICATION_JSON)
    public Facets facets() {
        return facets.facets();
    }
}
