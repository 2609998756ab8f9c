package com.minicrm.adapter.in.web.unsubscribe;

import com.minicrm.application.port.in.consent.UnsubscribeByLinkUseCase;
import com.minicrm.application.port.in.consent.UnsubscribeByLinkUseCase.LinkedSubscription;
import com.minicrm.domain.consent.InvalidUnsubscribeLinkException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The public page an e-mail's unsubscribe link opens, for anyone holding a signed link and nobody
 * else: {@code GET} asks to confirm, {@code POST} unsubscribes (and answers a mail client's RFC 8058
 * one-click POST, whose body is {@code List-Unsubscribe=One-Click}, the same way). Plain routes, not
 * JAX-RS resources, because a one-click POST comes from a mail provider's server with no cookies,
 * which the pages' CSRF filter would refuse; the signature in the link is what authorises it, and it
 * changes only that customer's e-mail subscription. The HTTP permission opens {@code /unsubscribe/*} only.
 */
@ApplicationScoped
class UnsubscribeRoutes {
    static final String PATH = "/unsubscribe/";
    private static final Logger LOG = Logger.getLogger(UnsubscribeRoutes.class);
    private static final int BODY_LIMIT = 4 * 1024;
    private final UnsubscribeByLinkUseCase links;

    UnsubscribeRoutes(UnsubscribeByLinkUseCase links) {
        this.links = links;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String token, LinkedSubscription link);

        static native TemplateInstance done(LinkedSubscription link);

        static native TemplateInstance invalid(boolean genuine);
    }

    void register(@Observes Router router) {
        router.get(PATH + ":token").blockingHandler(context -> answer(context, link -> link.unsubscribed()
                ? Templates.done(link) : Templates.confirm(context.pathParam("token"), link), links::open), false);
        router.post(PATH + ":token").handler(BodyHandler.create().setBodyLimit(BODY_LIMIT))
                .blockingHandler(context -> answer(context, Templates::done, links::unsubscribe), false);
    }

    private static void answer(RoutingContext context, Function<LinkedSubscription, TemplateInstance> page,
            Function<String, LinkedSubscription> action) {
        int status = 200;
        TemplateInstance shown;
        try {
            shown = page.apply(action.apply(context.pathParam("token")));
        } catch (InvalidUnsubscribeLinkException e) {
            LOG.debugf("unsubscribe link refused: %s", e.getMessage());
            status = e.genuine() ? 404 : 400;
            shown = Templates.invalid(e.genuine());
        }
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                // a link names a person: search engines should neither list nor follow it
                .putHeader("X-Robots-Tag", "noindex, nofollow")
                .end(shown.render());
    }
}
