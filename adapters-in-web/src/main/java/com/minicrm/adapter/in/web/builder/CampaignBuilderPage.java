package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.campaign.CampaignSetup;
import com.minicrm.adapter.in.web.layout.Formats;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.FindCustomerFacetsUseCase.Facets;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Experiment;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.campaign.UnsentCampaign;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "New campaign" page: the visual segment builder and the message composer in one form. The
 * page itself is static; its script calls the JSON APIs (preview, segments, campaigns, AI) with the
 * session and the CSRF header, and asks this resource for the city and tag suggestions. It can start
 * from a saved segment ({@code ?segment=3}), whose rules it loads and whose id the launch reuses, or
 * from a copy of an earlier campaign ({@code ?from=12}): everything but its schedule, as a new draft,
 * or from a saved draft ({@code ?draft=4}), which it keeps saving over until the launch discards it. With
 * {@code ?edit=14} it edits a scheduled campaign, which it saves back until the campaign starts.
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
                String campaignJson, String draftJson, String zone, String editJson);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("segment") Long segment, @QueryParam("from") Long from,
            @QueryParam("draft") Long draft, @QueryParam("edit") Long edit) throws JsonProcessingException {
        String editJson = null;
        if (edit != null) {
            Optional<Campaign> scheduled = scheduled(edit);
            if (scheduled.isEmpty()) {
                // started, finished or gone: its own page says which, and that it can no longer change
                return Response.seeOther(URI.create("/campaigns/" + edit)).build();
            }
            editJson = editing(scheduled.get());
        }
        String start = null;
        if (segment != null) {
            try {
                start = SegmentJson.of(segments.byId(segment), json);
            } catch (SegmentNotFoundException e) {
                segment = null; // a deleted segment's link opens an empty builder
            }
        }
        return Response.ok(Templates.builder(catalogJson, segments.newestFirst(), segment, start, copyOf(from), draft(draft),
                Formats.zone().getId(), editJson)).build();
    }

    private Optional<Campaign> scheduled(long id) {
        try {
            return Optional.of(campaigns.get(id)).filter(c -> c.status() == CampaignStatus.SCHEDULED);
        } catch (CampaignNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A scheduled campaign as the builder edits it: everything the edit may change, and its segment's name. */
    private String editing(Campaign campaign) throws JsonProcessingException {
        Map<String, Object> out = form(campaign, campaign.name());
        out.put("id", campaign.requireId());
        CampaignSetup setup = CampaignSetup.of(campaign, segments);
        out.put("segmentId", setup.segmentId());
        out.put("segmentName", setup.segmentName());
        out.put("scheduledAt", campaign.scheduledAt().map(Object::toString).orElse(null));
        return json.writeValueAsString(out);
    }

    /** A saved draft, to finish, with everything it keeps; null when there is none (launched or discarded meanwhile). */
    private String draft(Long id) throws JsonProcessingException {
        if (id == null) {
            return null;
        }
        var found = drafts.byId(id);
        if (found.isEmpty()) {
            return null;
        }
        UnsentCampaign.Form form = found.get().form();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", found.get().id());
        out.put("name", form.name());
        out.put("template", form.template());
        out.put("channel", form.channel());
        out.put("subject", form.subject());
        out.put("rule", form.ruleJson() == null ? null : json.readTree(form.ruleJson()));
        out.put("scheduledAt", form.scheduledAt() == null ? null : form.scheduledAt().toString());
        out.put("variants", form.variantsJson() == null ? null : json.readTree(form.variantsJson()));
        out.put("holdoutPercent", form.holdoutPercent());
        out.put("attributionWindowHours", form.attributionWindowHours());
        out.put("transactional", form.transactional());
        return json.writeValueAsString(out);
    }

    /** An earlier campaign as a new draft's starting point, all but its schedule; null when there is none to copy. */
    private String copyOf(Long campaignId) throws JsonProcessingException {
        if (campaignId == null) {
            return null;
        }
        try {
            Campaign original = campaigns.get(campaignId);
            Map<String, Object> out = form(original, "Copy of " + original.name());
            out.put("original", original.name());
            return json.writeValueAsString(out);
        } catch (CampaignNotFoundException e) {
            return null;
        }
    }

    /** What a campaign's form holds: name, message, subject, channel, rule and its experiment. */
    private Map<String, Object> form(Campaign campaign, String name) throws JsonProcessingException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("template", campaign.template().text());
        out.put("subject", campaign.subject().map(MessageTemplate::text).orElse(null));
        out.put("channel", campaign.channel().name());
        out.put("rule", json.readTree(campaign.audience().frozenRule()));
        Experiment experiment = campaign.experiment();
        out.put("variants", experiment.hasVariants() ? experiment.variants().stream()
                .map(v -> Map.of("key", v.key(), "template", v.template().text(), "weight", v.weight())).toList() : null);
        out.put("holdoutPercent", experiment.holdoutPercent());
        out.put("attributionWindowHours", experiment.attributionWindowHours());
        out.put("transactional", campaign.isTransactional());
        return out;
    }

    @GET
    @Path("/facets")
    @Produces(MediaType.APPLICATION_JSON)
    public Facets facets() {
        return facets.facets();
    }
}
