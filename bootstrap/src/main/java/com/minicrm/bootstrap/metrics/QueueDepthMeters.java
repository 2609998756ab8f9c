package com.minicrm.bootstrap.metrics;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code crm.queue.depth}: messages waiting in each of the CRM's queues, read from the broker when
 * Prometheus scrapes. A broker that cannot be reached shows as NaN, never as a failed scrape. On a
 * cluster ({@code CRM_RABBITMQ_ADDRESSES}) it asks the first node of the list that answers.
 */
@ApplicationScoped
public class QueueDepthMeters {
    private static final Logger LOG = Logger.getLogger(QueueDepthMeters.class);
    static final List<String> QUEUES = List.of("crm.ingestion", "crm.ingestion.dlq", "crm.delivery-jobs", "crm.delivery-receipts");

    private final ConnectionFactory factory = new ConnectionFactory();
    private final List<Address> addresses;
    private Connection connection;

    QueueDepthMeters(@ConfigProperty(name = "rabbitmq-host") String host, @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String user, @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host") String virtualHost,
            @ConfigProperty(name = "rabbitmq-addresses") Optional<String> cluster) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(user);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(2_000);
        factory.setAutomaticRecoveryEnabled(false);
        addresses = List.of(Address.parseAddresses(cluster.filter(list -> !list.isBlank()).orElse(host + ":" + port)));
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (String queue : QUEUES) {
            Gauge.builder("crm.queue.depth", this, meters -> meters.depth(queue))
                    .description("Messages ready in the queue").tag("queue", queue).register(registry);
        }
    }

    synchronized double depth(String queue) {
        try {
            if (connection == null || !connection.isOpen()) {
                connection = factory.newConnection(addresses, "crm-queue-depth");
            }
            // A passive declare only reads; on a missing queue the broker closes just this channel.
            try (Channel channel = connection.createChannel()) {
                return channel.queueDeclarePassive(queue).getMessageCount();
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            LOG.debugf("queue depth of %s unavailable: %s", queue, e.getMessage());
            return Double.NaN;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isOpen()) {
            try {
                connection.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing the queue-depth connection", e);
            }
        }
    }
}
