package com.minicrm.adapter.in.web.demo;

import com.minicrm.application.port.in.LoadDemoDataUseCase;
import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** The demo-data loader, if this build has one wired: the pages offer it only then. */
@ApplicationScoped
public class DemoData {
    private final Instance<LoadDemoDataUseCase> loader;

    DemoData(Instance<LoadDemoDataUseCase> loader) {
        this.loader = loader;
    }

    public boolean available() {
        return loader.isResolvable();
    }

    Optional<LoadDemoDataUseCase> loader() {
        return available() ? Optional.of(loader.get()) : Optional.empty();
    }

    Optional<DemoDataProgress> progress() {
        return loader().map(LoadDemoDataUseCase::progress);
    }
}
