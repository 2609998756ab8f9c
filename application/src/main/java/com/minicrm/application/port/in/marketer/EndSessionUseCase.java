package com.minicrm.application.port.in.marketer;

/** Signs a session out on the server, so a saved cookie of it opens nothing afterwards. */
public interface EndSessionUseCase {
    void end(String sessionId);
}
