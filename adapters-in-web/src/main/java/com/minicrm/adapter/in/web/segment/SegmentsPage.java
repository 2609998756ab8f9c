package com.minicrm.adapter.in.web.segment;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.adapter.in.web.signin.SignedIn;
import com.minicrm.application.port.in.DeleteSegmentUseCase;
import com.minicrm.application.port.in.PreviewSegmentUseCase;
import com.minicrm.application.port.in.segment.BrowseSegmentLibraryUseCase;
import com.minicrm.application.port.in.segment.BrowseSegmentLibraryUseCase.LibraryEntry;
import com.minicrm.application.port.in.segment.DuplicateSegmentUseCase;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentInUseException;
import com.minicrm.domain.segment.SegmentNotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The segment library: saved segments with their rule in words, who made them, their current
 * audience (counted per row after the page shows) and when a campaign last used them; search,
 * duplicate, delete (refused with the reason while a campaign uses the segment).
 */
@Path("/segments")
@MarketerPage
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SegmentsPage {
    private static final int MAX_QUERY = 100;
    private final BrowseSegmentLibraryUseCase library;
    private final PreviewSegmentUseCase preview;
    private final DuplicateSegmentUseCase duplicate;
    private final DeleteSegmentUseCase delete;
    private final SignedIn me;

    SegmentsPage(BrowseSegmentLibraryUseCase library, PreviewSegmentUseCase preview, DuplicateSegmentUseCase duplicate,
            DeleteSegmentUseCase delete, SignedIn me) {
        this.library = library;
        this.preview = preview;
        this.duplicate = duplicate;
        this.delete = delete;
        this.me = me;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(String q, List<LibraryEntry> rows, String notice, String error);

        static native TemplateInstance library$results(String q, List<LibraryEntry> rows, String notice, String error);

        static native TemplateInstance audience(long size);
    }

    /** The whole page, or only the results when htmx asks as the search box changes. */
    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("saved") Long saved,
            @QueryParam("deleted") String deleted, @QueryParam("notDeleted") Long notDeleted,
            @HeaderParam("HX-Request") String htmx) {
        String query = clean(q);
        List<LibraryEntry> rows = library.search(query);
        if (htmx != null) {
            return Templates.library$results(query, rows, null, null);
        }
        return Templates.library(query, rows, notice(rows, saved, deleted), refusal(rows, notDeleted));
    }

    /** The segment's audience right now, asked for by each row once the page is on screen. */
    @GET
    @Path("/{id: \\d+}/audience")
    public TemplateInstance audience(@PathParam("id") long id) {
        Segment segment = library.entry(id).segment();
        return Templates.audience(preview.preview(segment.rule()).audienceSize());
    }

    @POST
    @Path("/{id: \\d+}/duplicate")
    public Response duplicate(@PathParam("id") long id) {
        Segment copy = duplicate.duplicate(id, me.isMarketer() ? me.email() : null);
        return Response.seeOther(URI.create("/segments?saved=" + copy.id())).build();
    }

    @POST
    @Path("/{id: \\d+}/delete")
    public Response delete(@PathParam("id") long id) {
        LibraryEntry entry = library.entry(id);
        try {
            delete.delete(id);
        } catch (SegmentInUseException e) {
            // Post/Redirect/Get: a refresh shows the refusal again instead of asking to send the form again
            return Response.seeOther(URI.create("/segments?notDeleted=" + id)).build();
        }
        return Response.seeOther(URI.create("/segments?deleted=" + java.net.URLEncoder.encode(entry.segment().name(),
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** Why the segment a redirect names was not deleted, worked out from the library as it is now. */
    private static String refusal(List<LibraryEntry> rows, Long notDeleted) {
        return notDeleted == null ? null : rows.stream().filter(r -> r.segment().id() == notDeleted && r.inUse()).findFirst()
                .map(SegmentsPage::refusal).orElse(null);
    }

    private static String refusal(LibraryEntry entry) {
        int n = entry.campaigns();
        return "“" + entry.segment().name() + "” was not deleted: " + n + (n == 1 ? " campaign uses" : " campaigns use")
                + " it (the latest is “" + entry.latestCampaign() + "”), and a campaign keeps the segment it was sent to."
                + " Duplicate it to change a copy instead.";
    }

    private static String notice(List<LibraryEntry> rows, Long saved, String deleted) {
        if (deleted != null && !deleted.isBlank()) {
            return "Deleted “" + clean(deleted) + "”.";
        }
        return saved == null ? null : rows.stream().filter(r -> r.segment().id() == saved).findFirst()
                .map(r -> "Saved “" + r.segment().name() + "”.").orElse(null);
    }

    private static String clean(String q) {
        String query = q == null ? "" : q.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    @ServerExceptionMapper
    Response notFound(SegmentNotFoundException e) {
        return Response.seeOther(URI.create("/segments")).build();
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
