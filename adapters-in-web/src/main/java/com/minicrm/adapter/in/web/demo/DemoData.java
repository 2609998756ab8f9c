package com.minicrm.adapter.in.web.demo;

import com.minicrm.application.port.in.LoadDemoDataUseCase;
import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** The demo-data loader and response simulator, if this build has them wired: the pages offer them only then. */
@ApplicationScoped
public class DemoData {
    private final Instance<LoadDemoDataUseCase> loader;
    private final Instance<SimulateResponsesUseCase> simulator;

    DemoData(Instance<LoadDemoDataUseCase> loader, Instance<SimulateResponsesUseCase> simulator) {
        this.loader = loader;
        this.simulator = simulator;
    }

    public boolean available() {
        return loader.isResolvable();
    }

    Optional<LoadDemoDataUseCase> loader() {
        return available() ? Optional.of(loader.get()) : Optional.empty();
    }

    Optional<SimulateResponsesUseCase> simulator() {
        return simulator.isResolvable() ? Optional.of(simulator.get()) : Optional.empty();
    }

    Optional<DemoDataProgress> progress() {
        return loader().map(LoadDemoDataUseCase::progress);
    }
}
