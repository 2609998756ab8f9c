package com.minicrm.adapter.in.web.demo;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Starts the demo-data loader and shows its progress, polling while it runs. The page belongs to the tab it
 * was opened from ({@code ?from=dashboard}, else Settings), which stays highlighted through the load, and the
 * size chosen for the last load stays chosen.
 */
@Path("/demo")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class DemoDataPage {
    static final List<Integer> SIZES = List.of(1_000, 5_000, 20_000);
    private final DemoData demo;

    DemoDataPage(DemoData demo) {
        this.demo = demo;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance demo(boolean available, DemoDataProgress progress, List<Integer> sizes, int chosen,
                String tab, String error);

        static native TemplateInstance demo$progress(DemoDataProgress progress);
    }

    @GET
    public TemplateInstance page(@QueryParam("from") String from) {
        return page(from, SIZES.get(0), null);
    }

    private TemplateInstance page(String from, int fallbackSize, String error) {
        DemoDataProgress progress = demo.progress().orElse(null);
        return Templates.demo(demo.available(), progress, SIZES, chosen(progress, fallbackSize), tab(from), error);
    }

    /** The size the form offers: the one last loaded (or loading), so a reload does not fall back to the smallest. */
    static int chosen(DemoDataProgress progress, int fallbackSize) {
        return progress != null && SIZES.contains(progress.customersPlanned()) ? progress.customersPlanned() : fallbackSize;
    }

    /** The top-bar tab the page sits under: only the two places that link here. */
    private static String tab(String from) {
        return "dashboard".equals(from) ? "dashboard" : "settings";
    }

    @GET
    @Path("progress")
    public TemplateInstance progress() {
        return Templates.demo$progress(demo.progress().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("customers") int customers, @FormParam("from") String from) {
        if (!SIZES.contains(customers)) {
            return Response.status(422).entity(page(from, SIZES.get(0), "Choose one of the offered sizes.")).build();
        }
        return demo.loader().map(loader -> {
            loader.start(customers);
            return Response.seeOther(URI.create("dashboard".equals(tab(from)) ? "/demo?from=dashboard" : "/demo")).build();
        }).orElseGet(() -> Response.status(503).entity(Templates.demo(false, null, SIZES, customers, tab(from),
                "This build has no demo-data loader.")).build());
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
