package com.minicrm.adapter.in.web.customer;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.layout.Pager;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.BrowseCustomersUseCase;
import com.minicrm.application.port.in.BrowseCustomersUseCase.CustomerDetail;
import com.minicrm.application.port.in.Page;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.minicrm.adapter.in.web.signin.SignedIn;
import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase;
import com.minicrm.application.port.in.consent.ChangeSubscriptionsUseCase.ChangeSubscriptionsCommand;
import com.minicrm.application.port.in.consent.FindSubscriptionsUseCase;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.consent.ChannelSubscriptions;
import com.minicrm.domain.consent.SubscriptionSource;
import com.minicrm.domain.validation.InvalidInputException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The customer list, searchable and paged, and one customer with aggregates and orders. */
@Path("/customers")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class CustomersPage {
    static final int PAGE_SIZE = 25;
    private static final int MAX_QUERY = 100;
    private final BrowseCustomersUseCase customers;
    private final FindSubscriptionsUseCase subscriptions;
    private final ChangeSubscriptionsUseCase changes;
    private final SignedIn me;

    CustomersPage(BrowseCustomersUseCase customers, FindSubscriptionsUseCase subscriptions, ChangeSubscriptionsUseCase changes, SignedIn me) {
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.me = me;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customers(String q, String sort, List<CustomerProfile> items, Pager pager);

        static native TemplateInstance customers$results(String q, String sort, List<CustomerProfile> items, Pager pager);

        static native TemplateInstance customer(CustomerDetail detail, SubscriptionsView subscriptions, String changed);

        static native TemplateInstance notFound(String externalId);
    }

    /**
     * The whole page, or only the results when htmx asks as the search box changes. {@code page}
     * counts from 1, as the page shows it; {@code sort} is one of {@link CustomerSort}'s names.
     */
    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("sort") String sort, @HeaderParam("HX-Request") String htmx) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        CustomerSort order = CustomerSort.fromParam(sort)
                .orElseThrow(() -> new BadRequestException("sort must be one of newest, name, total_spend, last_order"));
        Page<CustomerProfile> found = customers.search(query, order, Pager.fromNumber(page), PAGE_SIZE);
        return htmx != null
                ? Templates.customers$results(query, order.param(), found.items(), Pager.of(found))
                : Templates.customers(query, order.param(), found.items(), Pager.of(found));
    }

    @GET
    @Path("/{externalId}")
    public Response one(@PathParam("externalId") String externalId, @QueryParam("changed") String changed) {
        return customers.detail(externalId)
                .map(detail -> Response.ok(Templates.customer(detail, detail.profile().placeholder() ? null
                        : subscriptions.ofCustomer(externalId).map(SubscriptionsView::of).orElse(null), changed(changed))).build())
                .orElseGet(() -> Response.status(404).entity(Templates.notFound(externalId)).build());
    }

    /**
     * A marketer sets one channel (the form carries the CSRF token, as every form does); recorded as
     * source {@code marketer}, with their e-mail. Back to the page, which says what changed.
     */
    @POST
    @Path("/{externalId}/subscriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSubscription(@PathParam("externalId") String externalId, @FormParam("channel") String channel,
            @FormParam("status") String status) {
        Channel parsed = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
                .orElseThrow(() -> new BadRequestException("unknown channel"));
        ChannelSubscriptions requested = new ChannelSubscriptions(parsed == Channel.SMS ? status : null,
                parsed == Channel.EMAIL ? status : null, parsed == Channel.WHATSAPP ? status : null);
        try {
            if (changes.change(new ChangeSubscriptionsCommand(externalId, requested, SubscriptionSource.MARKETER, me.email())).isEmpty()) {
                return Response.status(404).entity(Templates.notFound(externalId)).build();
            }
        } catch (InvalidInputException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.seeOther(UriBuilder.fromPath("/customers/{id}").queryParam("changed", parsed.name()).fragment("subscriptions")
                .build(externalId)).build();
    }

    /** The channel the marketer just changed, as the page names it, or null. */
    private static String changed(String channel) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().map(SubscriptionsView::label).orElse(null);
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
