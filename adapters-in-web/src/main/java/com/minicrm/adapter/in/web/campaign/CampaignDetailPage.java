package com.minicrm.adapter.in.web.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.consent.SendingRulesView;
import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.layout.Formats;
import com.minicrm.adapter.in.web.layout.Pager;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.ReportDeliveryUseCase;
import com.minicrm.application.port.in.ReportDeliveryUseCase.DeliveryReport;
import com.minicrm.application.port.in.consent.ReadSendingRulesUseCase;
import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.consent.SuppressionReason;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** One campaign: its numbers, charts of its delivery, its message log, and the AI panels. */
@Path("/campaigns/{id: \\d+}")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class CampaignDetailPage {
    static final int LOG_PAGE_SIZE = 25;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportDeliveryUseCase reports;
    private final FindCampaignsUseCase campaigns;
    private final ReadCampaignOutcomesUseCase outcomes;
    private final FindSegmentsUseCase segments;
    private final ReadSendingRulesUseCase sendingRules;

    CampaignDetailPage(ReportDeliveryUseCase reports, FindCampaignsUseCase campaigns, ReadCampaignOutcomesUseCase outcomes,
            FindSegmentsUseCase segments, ReadSendingRulesUseCase sendingRules) {
        this.sendingRules = sendingRules;
        this.reports = reports;
        this.campaigns = campaigns;
        this.outcomes = outcomes;
        this.segments = segments;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaign(DeliveryReport report, String chartData, List<LoggedMessage> messages,
                Pager pager, String status, List<DeliveryStatus> statuses, OutcomeView outcome, CampaignSetup setup, boolean edited,
                String quietHoursResume, String reason, List<SuppressionReason> reasons);

        static native TemplateInstance campaign$stats(DeliveryReport report, String chartData, String quietHoursResume);

        static native TemplateInstance campaign$log(DeliveryReport report, List<LoggedMessage> messages, Pager pager,
                String status, List<DeliveryStatus> statuses, String reason, List<SuppressionReason> reasons);

        static native TemplateInstance missing();
    }

    @GET
    public Response page(@PathParam("id") long id, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("edited") String edited, @QueryParam("reason") String reason) {
        DeliveryReport report = reports.report(id);
        Optional<SuppressionReason> why = reason(reason);
        Optional<DeliveryStatus> filter = why.isPresent() ? Optional.of(DeliveryStatus.SUPPRESSED) : status(status);
        Page<LoggedMessage> log = campaigns.messages(id, filter, why, Pager.number(page), LOG_PAGE_SIZE);
        OutcomeView outcome = OutcomeView.of(report.campaign(), outcomes.outcomes(id), outcomes.daily(id));
        return Response.ok(Templates.campaign(report, chartData(report), log.items(), Pager.of(log),
                filter.map(Enum::name).orElse(null), statuses(), outcome, CampaignSetup.of(report.campaign(), segments),
                edited != null, quietHoursResume(id), why.map(SuppressionReason::wireName).orElse(null),
                List.of(SuppressionReason.values()))).build();
    }

    /** The numbers and chart data alone, which the page polls while the campaign runs. */
    @GET
    @Path("stats")
    public TemplateInstance stats(@PathParam("id") long id) {
        DeliveryReport report = reports.report(id);
        return Templates.campaign$stats(report, chartData(report), quietHoursResume(id));
    }

    /** One page of the message log, for the status filter and paging links. */
    @GET
    @Path("messages")
    public TemplateInstance messages(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("reason") String reason) {
        DeliveryReport report = reports.report(id);
        Optional<SuppressionReason> why = reason(reason);
        Optional<DeliveryStatus> filter = why.isPresent() ? Optional.of(DeliveryStatus.SUPPRESSED) : status(status);
        Page<LoggedMessage> log = campaigns.messages(id, filter, why, Pager.number(page), LOG_PAGE_SIZE);
        return Templates.campaign$log(report, log.items(), Pager.of(log), filter.map(Enum::name).orElse(null), statuses(),
                why.map(SuppressionReason::wireName).orElse(null), List.of(SuppressionReason.values()));
    }

    /** "09:00 IST on 8 Dec" while the campaign waits for quiet hours to end, else null. */
    private String quietHoursResume(long id) {
        return sendingRules.quietHoursResumeAt(id).map(at -> SendingRulesView.resumes(at, sendingRules.quietHours())).orElse(null);
    }

    /** An unknown reason shows the whole log, as an unknown status does: a page link is not an API. */
    private static Optional<SuppressionReason> reason(String value) {
        return value == null ? Optional.empty() : SuppressionReason.parse(value.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<DeliveryStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    private static List<DeliveryStatus> statuses() {
        return List.of(DeliveryStatus.values());
    }

    /** The charts' data as JSON for a data attribute (the CSP allows no inline script). */
    static String chartData(DeliveryReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bucketSeconds", report.bucketSeconds());
        data.put("zone", Formats.zone().getId());
        data.put("times", report.timeline().stream().map(b -> b.start().toString()).toList());
        data.put("sent", report.timeline().stream().map(DeliveryBucket::sent).toList());
        data.put("failed", report.timeline().stream().map(DeliveryBucket::failed).toList());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            byStatus.put(s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT), report.byStatus().get(s));
        }
        data.put("byStatus", byStatus);
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }

    @ServerExceptionMapper
    Response missing(CampaignNotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.missing()).build();
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
