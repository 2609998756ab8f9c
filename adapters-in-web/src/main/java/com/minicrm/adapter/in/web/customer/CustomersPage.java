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
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    CustomersPage(BrowseCustomersUseCase customers) {
        this.customers = customers;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customers(String q, String sort, List<CustomerProfile> items, Pager pager);

        static native TemplateInstance customers$results(String q, String sort, List<CustomerProfile> items, Pager pager);

        static native TemplateInstance customer(CustomerDetail detail);

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
    public Response one(@PathParam("externalId") String externalId) {
        return customers.detail(externalId)
                .map(detail -> Response.ok(Templates.customer(detail)).build())
                .orElseGet(() -> Response.status(404).entity(Templates.notFound(externalId)).build());
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
