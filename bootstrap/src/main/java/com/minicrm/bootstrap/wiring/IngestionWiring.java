package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.AuthenticateApiKeyUseCase;
import com.minicrm.application.port.in.FindCustomersUseCase;
import com.minicrm.application.port.in.IngestCustomersUseCase;
import com.minicrm.application.port.in.IngestOrdersUseCase;
import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.application.port.out.ApiKeys;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.application.service.AuthenticateApiKeyService;
import com.minicrm.application.service.FindCustomersService;
import com.minicrm.application.service.IngestCustomersService;
import com.minicrm.application.service.IngestOrdersService;
import com.minicrm.application.service.ManageApiKeysService;
import com.minicrm.application.service.StoreIngestedBatchesService;
import com.minicrm.bootstrap.metrics.MeteredStoreIngestedBatches;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the ingestion, customer and API-key use cases to their adapters. */
@ApplicationScoped
public class IngestionWiring {
    @Produces
    @ApplicationScoped
    IngestCustomersUseCase ingestCustomers(IngestionQueue queue) {
        return new IngestCustomersService(queue);
    }

    @Produces
    @ApplicationScoped
    IngestOrdersUseCase ingestOrders(IngestionQueue queue) {
        return new IngestOrdersService(queue);
    }

    @Produces
    @ApplicationScoped
    StoreIngestedBatchesUseCase storeIngestedBatches(Customers customers, MeterRegistry registry) {
        return new MeteredStoreIngestedBatches(new StoreIngestedBatchesService(customers), registry);
    }

    @Produces
    @ApplicationScoped
    FindCustomersUseCase findCustomers(Customers customers) {
        return new FindCustomersService(customers);
    }

    @Produces
    @ApplicationScoped
    AuthenticateApiKeyUseCase authenticateApiKey(
            ApiKeys keys,
            Clock clock,
            @ConfigProperty(name = "crm.api-keys.cache-ttl") Duration cacheTtl,
            @ConfigProperty(name = "crm.api-keys.bootstrap-key") Optional<String> bootstrapKey,
            @ConfigProperty(name = "crm.api-keys.bootstrap-key-scopes") String bootstrapScopes) {
        return new AuthenticateApiKeyService(keys, clock, cacheTtl, bootstrapKey, ApiKeyScope.parseList(bootstrapScopes));
    }

    @Produces
    @ApplicationScoped
    ManageApiKeysUseCase manageApiKeys(ApiKeys keys, Clock clock) {
        return new ManageApiKeysService(keys, clock);
    }
}
