package com.minicrm.application.port.in.marketer;

/** Tells whether a signed-in marketer's session is still live, and keeps it so. */
public interface CheckSessionUseCase {
    /** False once the session was signed out or left idle too long; a session seen for the first time starts. */
    boolean isLive(String sessionId, String email);
}
