package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refusals the HTTP layer makes before any resource runs, answered as problem+json: a Content-Type
 * header that names no media type (the frameworks would fail on it with a 500), a declared body over
 * the size limit (Quarkus' own check would answer the same 413 with no body), and a body that has
 * not fully arrived within the request timeout. That timeout is a deadline counted from the end
 * of the headers, so a client trickling a byte now and then cannot keep pushing it back, as it can
 * an idle timeout; a request whose body is in is never cut short, however long its handler takes.
 */
@Singleton
class EdgeProblems {
    /** Before Quarkus' body-size check (route order -2): filters run in order of minus their priority. */
    static final int PRIORITY = 50_000;
    private static final Logger LOG = Logger.getLogger(EdgeProblems.class);
    private final Vertx vertx;
    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long timeoutMillis;

    EdgeProblems(Vertx vertx, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody,
            @ConfigProperty(name = "crm.http.request-timeout", defaultValue = "30s") Duration timeout) {
        this.vertx = vertx;
        this.json = json;
        this.maxBodyBytes = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.timeoutMillis = Math.max(1, timeout.toMillis());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String type = request.getHeader("Content-Type");
        if (type != null && !type.contains("/")) {
            // Answered without closing: the body is small and arrives in full, so the client reads the answer.
            Problem problem = Problem.of(415, "Unsupported media type", "Content-Type must name a media type, such as application/json.");
            context.response().setStatusCode(415).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Buffer.buffer(bytes(problem)));
            return;
        }
        if (declaredLength(request) > maxBodyBytes) {
            refuse(context, Problem.of(413, "Payload too large", "The body is over the " + maxBodyBytes + "-byte limit."));
            return;
        }
        if (!request.isEnded()) {
            long timer = vertx.setTimer(timeoutMillis, fired -> {
                if (!request.isEnded()) {
                    LOG.infof("closing a request whose body did not arrive within %d ms: %s %s", timeoutMillis, request.method(), request.path());
                    refuse(context, Problem.of(408, "Request timeout", "The request body did not arrive within " + timeoutMillis + " ms."));
                }
            });
            context.addEndHandler(ended -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers if the answer has not begun, then closes the connection: what is left of the body is never read. */
    private void refuse(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended()) {
            context.request().connection().close();
            return;
        }
        byte[] body = bytes(problem);
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Buffer.buffer(body))
                .onComplete(done -> context.request().connection().close());
    }

    private byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
