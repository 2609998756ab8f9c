package com.minicrm.adapter.in.web.segment;

import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.Segment;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The segment library: every saved segment, searchable, with what it selects in words. */
@Path("/segments")
@MarketerPage
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SegmentsPage {
    private static final int MAX_QUERY = 100;
    private final FindSegmentsUseCase segments;

    SegmentsPage(FindSegmentsUseCase segments) {
        this.segments = segments;
    }

    /** A segment as a row of the library. */
    public record Row(Segment segment, String ruleText) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(String q, List<Row> rows);

        static native TemplateInstance library$results(String q, List<Row> rows);
    }

    /** The whole page, or only the results when htmx asks as the search box changes. */
    @GET
    public TemplateInstance library(@QueryParam("q") String q, @HeaderParam("HX-Request") String htmx) {
        String query = clean(q);
        List<Row> rows = search(query);
        return htmx != null ? Templates.library$results(query, rows) : Templates.library(query, rows);
    }

    private List<Row> search(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return segments.newestFirst().stream()
                .map(s -> new Row(s, RuleDescription.describe(s.rule())))
                .filter(r -> needle.isEmpty() || matches(r, needle))
                .toList();
    }

    private static boolean matches(Row row, String needle) {
        return row.segment().name().toLowerCase(Locale.ROOT).contains(needle)
                || (row.segment().description() != null && row.segment().description().toLowerCase(Locale.ROOT).contains(needle))
                || row.ruleText().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String clean(String q) {
        String query = q == null ? "" : q.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
