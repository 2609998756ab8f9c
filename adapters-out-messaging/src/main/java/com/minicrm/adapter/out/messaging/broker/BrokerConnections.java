package com.minicrm.adapter.out.messaging.broker;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.AddressResolver;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens publisher connections from the same {@code rabbitmq-*} settings the connector reads. With a
 * list of addresses, a connection goes to the first node in the list that answers, so a new
 * connection after a node's loss lands on a live one.
 */
@ApplicationScoped
public class BrokerConnections {
    private final List<Address> addresses;
    private final ConnectionFactory factory = new ConnectionFactory();

    BrokerConnections(
            @ConfigProperty(name = "rabbitmq-addresses") Optional<String> addresses,
            @ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
            @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
            @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        this.addresses = addresses.filter(list -> !list.isBlank())
                .map(list -> List.of(Address.parseAddresses(list)))
                .orElseGet(() -> List.of(new Address(host, port)));
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        // The publisher opens a new connection itself when one dies: a recovering connection would
        // keep confirms of the dead channel pending, which is the very trouble this class avoids.
        factory.setAutomaticRecoveryEnabled(false);
        factory.setConnectionTimeout(5_000);
        factory.setRequestedHeartbeat(30);
    }

    public static BrokerConnections of(String addresses, String username, String password, String virtualHost) {
        return new BrokerConnections(Optional.of(addresses), "localhost", 5672, username, password, virtualHost);
    }

    Connection open(String name) throws IOException, TimeoutException {
        return factory.newConnection(null, new InOrder(addresses), name);
    }

    /** The addresses in the configured order: the Java client would shuffle them. */
    private record InOrder(List<Address> addresses) implements AddressResolver {
        @Override
        public List<Address> getAddresses() {
            return addresses;
        }

        @Override
        public List<Address> maybeShuffle(List<Address> input) {
            return input;
        }
    }
}
