package com.minicrm.adapter.in.web.demo;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase.SimulatedResponses;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.validation.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Starts the demo-data loader and shows its progress, polling while it runs; simulates responses to a
 * delivered campaign. The page belongs to the tab it was opened from ({@code ?from=dashboard}, else
 * Settings), which stays highlighted through the load, and the size chosen for the last load stays chosen.
 */
@Path("/demo")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class DemoDataPage {
    static final List<Integer> SIZES = List.of(1_000, 5_000, 20_000);
    /** How many of the newest campaigns the response simulator offers. */
    static final int OFFERED = 50;
    private final DemoData demo;
    private final FindCampaignsUseCase campaigns;

    DemoDataPage(DemoData demo, FindCampaignsUseCase campaigns) {
        this.demo = demo;
        this.campaigns = campaigns;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance demo(boolean available, DemoDataProgress progress, List<Integer> sizes, int chosen,
                String tab, String error, List<Campaign> delivered, SimulatedResponses simulated, String simulateError);

        static native TemplateInstance demo$progress(DemoDataProgress progress);
    }

    @GET
    public TemplateInstance page(@QueryParam("from") String from) {
        return page(from, SIZES.get(0), null, null, null);
    }

    private TemplateInstance page(String from, int fallbackSize, String error, SimulatedResponses simulated, String simulateError) {
        DemoDataProgress progress = demo.progress().orElse(null);
        return Templates.demo(demo.available(), progress, SIZES, chosen(progress, fallbackSize), tab(from), error, delivered(),
                simulated, simulateError);
    }

    /** The size the form offers: the one last loaded (or loading), so a reload does not fall back to the smallest. */
    static int chosen(DemoDataProgress progress, int fallbackSize) {
        return progress != null && SIZES.contains(progress.customersPlanned()) ? progress.customersPlanned() : fallbackSize;
    }

    /** The top-bar tab the page sits under: only the two places that link here. */
    private static String tab(String from) {
        return "dashboard".equals(from) ? "dashboard" : "settings";
    }

    /** The newest campaigns with a delivered message: those the simulator can answer. */
    private List<Campaign> delivered() {
        return demo.simulator().isEmpty() ? List.of()
                : campaigns.list(0, OFFERED).items().stream().filter(c -> c.sent() > 0).toList();
    }

    @GET
    @Path("progress")
    public TemplateInstance progress() {
        return Templates.demo$progress(demo.progress().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("customers") String size, @FormParam("from") String from) {
        int customers = offeredSize(size);
        if (!SIZES.contains(customers)) {
            return Response.status(422).entity(page(from, SIZES.get(0), "Choose one of the offered sizes.", null, null)).build();
        }
        return demo.loader().map(loader -> {
            loader.start(customers);
            return Response.seeOther(URI.create("dashboard".equals(tab(from)) ? "/demo?from=dashboard" : "/demo")).build();
        }).orElseGet(() -> Response.status(503).entity(Templates.demo(false, null, SIZES, customers, tab(from),
                "This build has no demo-data loader.", List.of(), null, null)).build());
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response simulate(@FormParam("campaignId") Long campaignId) {
        Optional<SimulateResponsesUseCase> simulator = demo.simulator();
        if (simulator.isEmpty()) {
            return Response.status(503).entity(page(null, SIZES.get(0), null, null, "This build has no response simulator.")).build();
        }
        if (campaignId == null) {
            return Response.status(422).entity(page(null, SIZES.get(0), null, null, "Choose a campaign.")).build();
        }
        try {
            return Response.ok(page(null, SIZES.get(0), null, simulator.get().simulate(campaignId, SimulateResponsesUseCase.DEFAULT_SEED),
                    null)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, SIZES.get(0), null, null,
                    "No responses sent: " + e.violations().get(0).message() + ".")).build();
        }
    }

    /** The size asked for, or -1 for anything that is not a whole number (5,000 digits included). */
    private static int offeredSize(String size) {
        try {
            return size == null ? -1 : Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
