package com.minicrm.application.port.out.ai;

/** An AI engine could not give a usable answer (unreachable, rate-limited, timed out, or answered nonsense). */
public class EngineFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineFailedException(String message) {
        super(message);
    }
}
