package com.minicrm.adapter.in.web.campaign;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.layout.Pager;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.RescheduleCampaignUseCase;
import com.minicrm.application.port.in.campaign.SearchCampaignsUseCase;
import com.minicrm.application.port.in.draft.DiscardUnsentCampaignUseCase;
import com.minicrm.application.port.in.draft.FindUnsentCampaignsUseCase;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import com.minicrm.domain.campaign.UnsentCampaign;
import com.minicrm.domain.validation.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Campaign history, newest first, whose rows refresh themselves while a campaign is running; a
 * scheduled campaign can be moved to another time or cancelled from its row until it starts.
 */
@Path("/campaigns")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class CampaignsPage {
    static final int PAGE_SIZE = 20;
    private final SearchCampaignsUseCase campaigns;
    private final RescheduleCampaignUseCase reschedule;
    private final CancelCampaignUseCase cancel;
    private final FindUnsentCampaignsUseCase drafts;
    private final DiscardUnsentCampaignUseCase discard;
    private final ReadCampaignOutcomesUseCase outcomes;

    CampaignsPage(SearchCampaignsUseCase campaigns, RescheduleCampaignUseCase reschedule, CancelCampaignUseCase cancel,
            FindUnsentCampaignsUseCase drafts, DiscardUnsentCampaignUseCase discard, ReadCampaignOutcomesUseCase outcomes) {
        this.outcomes = outcomes;
        this.drafts = drafts;
        this.discard = discard;
        this.campaigns = campaigns;
        this.reschedule = reschedule;
        this.cancel = cancel;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(List<Campaign> items, Pager pager, HistoryQuery f, boolean live, String notice,
                String error, List<UnsentCampaign> drafts, Map<Long, OutcomeTotals> totals, List<String> knownTags);

        static native TemplateInstance history$rows(List<Campaign> items, Pager pager, HistoryQuery f, boolean live,
                Map<Long, OutcomeTotals> totals);
    }

    @GET
    public TemplateInstance history(@QueryParam("page") String page, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("channel") String channel, @QueryParam("tag") String tag,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("rescheduled") Long rescheduled, @QueryParam("cancelled") Long cancelled) {
        HistoryQuery f = HistoryQuery.of(q, status, channel, tag, from, to);
        Page<Campaign> found = campaigns.search(f.filter(), Pager.number(page), PAGE_SIZE);
        return Templates.history(found.items(), Pager.of(found), f, anyLive(found.items()),
                notice(found.items(), rescheduled, cancelled), null, drafts.latestFirst(), totals(found.items()),
                campaigns.knownTags());
    }

    @POST
    @Path("drafts/{id: \\d+}/discard")
    public Response discard(@PathParam("id") long id) {
        discard.discard(id);
        return Response.seeOther(URI.create("/campaigns")).build();
    }

    @POST
    @Path("scheduled/{id: \\d+}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reschedule(@PathParam("id") long id, @FormParam("at") String at) {
        Instant when = ScheduleFormats.fromLocalInput(at);
        try {
            if (when == null) {
                throw InvalidInputException.of("scheduledAt", "is required");
            }
            reschedule.reschedule(id, when);
        } catch (InvalidInputException e) {
            return refused(422, "Not rescheduled: pick a date and time in the future.");
        } catch (IllegalCampaignTransitionException e) {
            return refused(409, "Not rescheduled: the campaign has already started.");
        }
        return Response.seeOther(URI.create("/campaigns?rescheduled=" + id)).build();
    }

    @POST
    @Path("scheduled/{id: \\d+}/cancel")
    public Response cancel(@PathParam("id") long id) {
        try {
            cancel.cancel(id);
        } catch (IllegalCampaignTransitionException e) {
            return refused(409, "Not cancelled: the campaign has already finished.");
        }
        return Response.seeOther(URI.create("/campaigns?cancelled=" + id)).build();
    }

    private Response refused(int status, String error) {
        HistoryQuery none = HistoryQuery.none();
        Page<Campaign> found = campaigns.search(none.filter(), 0, PAGE_SIZE);
        return Response.status(status).entity(Templates.history(found.items(), Pager.of(found), none, anyLive(found.items()),
                null, error, drafts.latestFirst(), totals(found.items()), campaigns.knownTags())).build();
    }

    private static String notice(List<Campaign> items, Long rescheduled, Long cancelled) {
        Long id = rescheduled != null ? rescheduled : cancelled;
        if (id == null) {
            return null;
        }
        String name = items.stream().filter(c -> c.requireId() == id).findFirst().map(Campaign::name).orElse("The campaign");
        return rescheduled != null ? "“" + name + "” is rescheduled." : "“" + name + "” is cancelled.";
    }

    /** The table body alone, for the page's polling while a campaign runs. */
    @GET
    @Path("rows")
    public TemplateInstance rows(@QueryParam("page") String page, @QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("channel") String channel, @QueryParam("tag") String tag, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        HistoryQuery f = HistoryQuery.of(q, status, channel, tag, from, to);
        Page<Campaign> found = campaigns.search(f.filter(), Pager.number(page), PAGE_SIZE);
        return Templates.history$rows(found.items(), Pager.of(found), f, anyLive(found.items()), totals(found.items()));
    }

    private Map<Long, OutcomeTotals> totals(List<Campaign> items) {
        return outcomes.totals(items.stream().map(Campaign::requireId).toList());
    }

    private static boolean anyLive(List<Campaign> items) {
        return items.stream().anyMatch(c -> !c.status().isFinal());
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
