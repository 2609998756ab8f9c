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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Starts the demo-data loader and shows its progress, polling while it runs. */
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
        static native TemplateInstance demo(boolean available, DemoDataProgress progress, List<Integer> sizes, String error);

        static native TemplateInstance demo$progress(DemoDataProgress progress);
    }

    @GET
    public TemplateInstance page() {
        return Templates.demo(demo.available(), demo.progress().orElse(null), SIZES, null);
    }

    @GET
    @Path("progress")
    public TemplateInstance progress() {
        return Templates.demo$progress(demo.progress().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("customers") String size) {
        int customers = offeredSize(size);
        if (!SIZES.contains(customers)) {
            return Response.status(422).entity(Templates.demo(demo.available(), demo.progress().orElse(null), SIZES,
                    "Choose one of the offered sizes.")).build();
        }
        return demo.loader().map(loader -> {
            loader.start(customers);
            return Response.seeOther(URI.create("/demo")).build();
        }).orElseGet(() -> Response.status(503).entity(Templates.demo(false, null, SIZES,
                "This build has no demo-data loader.")).build());
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
