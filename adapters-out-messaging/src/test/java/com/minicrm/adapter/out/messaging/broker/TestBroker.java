package com.minicrm.adapter.out.messaging.broker;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** The real RabbitMQ the tests use: 127.0.0.1:5672, the virtual host from RABBITMQ_VIRTUAL_HOST (as for the app's tests). */
final class TestBroker {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;
    static final String VHOST = System.getenv().getOrDefault("RABBITMQ_VIRTUAL_HOST", "/");

    private TestBroker() {}

    static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setVirtualHost(VHOST);
        factory.setAutomaticRecoveryEnabled(false);
        return factory;
    }

    static Connection connect() throws Exception {
        return factory().newConnection("crm-test");
    }

    static BrokerConnections connections(String addresses) {
        return BrokerConnections.of(addresses, "guest", "guest", VHOST);
    }
}
