package com.minicrm.bootstrap.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.in.LoadDemoDataUseCase;
import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.service.demo.LoadDemoDataService;
import com.minicrm.application.service.demo.SimulateResponsesService;
import com.minicrm.bootstrap.demo.SelfIngestionApi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the demo-data loader and the response simulator to the CRM's own public ingestion API. */
@ApplicationScoped
public class DemoDataWiring {
    @ConfigProperty(name = "crm.demo.api-url")
    URI apiUrl;

    private final ExecutorService loaderThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "demo-data-loader");
        thread.setDaemon(true);
        return thread;
    });

    @Produces
    @ApplicationScoped
    LoadDemoDataUseCase loadDemoData(ManageApiKeysUseCase keys, ObjectMapper json, Clock clock) {
        return new LoadDemoDataService(new SelfIngestionApi(apiUrl, keys, json), loaderThread, clock);
    }

    @Produces
    @ApplicationScoped
    SimulateResponsesUseCase simulateResponses(Campaigns campaigns, CommunicationLog log, ManageApiKeysUseCase keys,
            ObjectMapper json, Clock clock) {
        return new SimulateResponsesService(campaigns, log, new SelfIngestionApi(apiUrl, keys, json), clock);
    }

    @PreDestroy
    void stop() {
        loaderThread.shutdownNow();
    }
}
