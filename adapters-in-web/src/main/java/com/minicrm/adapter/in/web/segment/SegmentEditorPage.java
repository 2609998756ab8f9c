package com.minicrm.adapter.in.web.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.adapter.in.web.builder.FieldCatalogJson;
import com.minicrm.adapter.in.web.builder.SegmentJson;
import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.in.segment.BrowseSegmentLibraryUseCase;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentNotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Creates or edits a saved segment with the same rule builder and live count as the campaign page. */
@Path("/segments")
@MarketerPage
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SegmentEditorPage {
    private final FindSegmentsUseCase segments;
    private final BrowseSegmentLibraryUseCase library;
    private final ObjectMapper json;
    private final String catalogJson;

    SegmentEditorPage(FindSegmentsUseCase segments, BrowseSegmentLibraryUseCase library, ObjectMapper json)
            throws JsonProcessingException {
        this.segments = segments;
        this.library = library;
        this.json = json;
        this.catalogJson = FieldCatalogJson.of(json);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(String catalogJson, Segment segment, String segmentJson, int scheduled);

        static native TemplateInstance missing(long id);
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return Templates.editor(catalogJson, null, null, 0);
    }

    @GET
    @Path("/{id: \\d+}/edit")
    public Response edit(@PathParam("id") long id) throws JsonProcessingException {
        try {
            Segment segment = segments.byId(id);
            int scheduled = library.entry(id).scheduled();
            return Response.ok(Templates.editor(catalogJson, segment, SegmentJson.of(segment, json), scheduled)).build();
        } catch (SegmentNotFoundException e) {
            return Response.status(404).entity(Templates.missing(id)).build();
        }
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
