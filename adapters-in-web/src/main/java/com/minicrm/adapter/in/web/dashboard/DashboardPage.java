package com.minicrm.adapter.in.web.dashboard;

import com.minicrm.adapter.in.web.demo.DemoData;
import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.BrowseCustomersUseCase;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.customer.CustomerTotals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The first page after sign-in: the size of the customer base, recent campaigns, and a way to start. */
@Path("/")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {
    private static final int RECENT = 5;
    private final BrowseCustomersUseCase customers;
    private final FindCampaignsUseCase campaigns;
    private final DemoData demo;

    DashboardPage(BrowseCustomersUseCase customers, FindCampaignsUseCase campaigns, DemoData demo) {
        this.customers = customers;
        this.campaigns = campaigns;
        this.demo = demo;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(CustomerTotals totals, long campaignCount, List<Campaign> recent,
                boolean demoAvailable, boolean live);

        static native TemplateInstance dashboard$recent(List<Campaign> recent, boolean live);
    }

    @GET
    public TemplateInstance dashboard() {
        Page<Campaign> recent = campaigns.list(0, RECENT);
        return Templates.dashboard(customers.totals(), recent.total(), recent.items(), demo.available(),
                anyLive(recent.items()));
    }

    /** The recent-campaigns card alone, which the page polls while a campaign runs. */
    @GET
    @Path("recent-campaigns")
    public TemplateInstance recent() {
        List<Campaign> recent = campaigns.list(0, RECENT).items();
        return Templates.dashboard$recent(recent, anyLive(recent));
    }

    private static boolean anyLive(List<Campaign> campaigns) {
        return campaigns.stream().anyMatch(c -> !c.status().isFinal());
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
