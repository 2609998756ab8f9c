package com.minicrm.adapter.in.web.dashboard;

import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.FindCustomersUseCase;
import com.minicrm.domain.campaign.Campaign;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The first page after sign-in: how big the customer base is and how recent campaigns are doing. */
@Path("/")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {
    private final FindCustomersUseCase customers;
    private final FindCampaignsUseCase campaigns;

    DashboardPage(FindCustomersUseCase customers, FindCampaignsUseCase campaigns) {
        this.customers = customers;
        this.campaigns = campaigns;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long customerCount, List<Campaign> recent);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(customers.page(0, 1).total(), campaigns.list(0, 5).items());
    }
}
