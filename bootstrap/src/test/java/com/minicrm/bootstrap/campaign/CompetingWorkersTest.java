package com.minicrm.bootstrap.campaign;

import static com.minicrm.bootstrap.campaign.CampaignFixtures.awaitStatus;
import static com.minicrm.bootstrap.campaign.CampaignFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.domain.campaign.DeliveryJob;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.rabbitmq.QueueOptions;
import io.vertx.rabbitmq.RabbitMQClient;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Two workers on one queue, or one job delivered twice, still hand every message to the vendor exactly once. */
@QuarkusTest
class CompetingWorkersTest {
    @Inject
    DataSource dataSource;

    @Inject
    DeliverMessagesUseCase deliver;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    @Test
    void twoConsumersOnTheJobQueueDeliverEachMessageExactlyOnce() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 1000);
        AtomicInteger jobsTakenBySecondWorker = new AtomicInteger();
        ExecutorService worker = Executors.newFixedThreadPool(2);
        RabbitMQClient second = RabbitMQClient.create(vertx, new RabbitMQOptions()
                .setHost("127.0.0.1").setPort(5672).setUser("guest").setPassword("guest").setVirtualHost(virtualHost));
        try {
            second.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            second.basicQos(2).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            second.basicConsumer("crm.delivery-jobs", new QueueOptions().setAutoAck(false))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .handler(message -> worker.execute(() -> {
                        JsonObject job = message.body().toJsonObject();
                        deliver.deliver(new DeliveryJob(job.getLong("campaignId"), job.getLong("fromId"), job.getLong("toId")));
                        jobsTakenBySecondWorker.incrementAndGet();
                        second.basicAck(message.envelope().getDeliveryTag(), false);
                    }));

            long id = CampaignFixtures.launchForCity(city);
            awaitStatus(id, "COMPLETED", Duration.ofSeconds(90));

            List<Long> ids = messageIds(id);
            assertThat(ids).hasSize(1000);
            assertThat(ids).allSatisfy(m -> assertThat(CountingVendor.timesHandedOver(m)).isEqualTo(1));
            assertThat(jobsTakenBySecondWorker.get()).as("jobs the second worker took").isPositive();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND attempts <> 1", id)).isZero();
        } finally {
            second.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            worker.shutdown();
        }
    }

    @Test
    void aJobRunTwiceAtOnceSendsEachMessageOnce() throws Exception {
        String city = CampaignFixtures.uniqueCity();
        CampaignFixtures.insertCustomers(dataSource, city, 100);
        List<Long> ids = LogRows.runningCampaign(dataSource, city, "QUEUED", 0);
        DeliveryJob job = new DeliveryJob(LogRows.campaignOf(dataSource, ids.get(0)), ids.get(0), ids.get(ids.size() - 1));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> deliver.deliver(job));
        CompletableFuture<Integer> again = CompletableFuture.supplyAsync(() -> deliver.deliver(job));

        assertThat(first.get(30, TimeUnit.SECONDS) + again.get(30, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(ids).allSatisfy(m -> assertThat(CountingVendor.timesHandedOver(m)).isEqualTo(1));
        assertThat(deliver.deliver(job)).isZero();
    }

    private List<Long> messageIds(long campaignId) throws Exception {
        try (var c = dataSource.getConnection();
                var st = c.prepareStatement("SELECT id FROM communication_log WHERE campaign_id = ? ORDER BY id")) {
            st.setLong(1, campaignId);
            try (var rs = st.executeQuery()) {
                List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }
}
