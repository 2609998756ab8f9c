package com.minicrm.application.port.out;

import com.minicrm.domain.marketer.Marketer;
import java.util.List;
import java.util.Optional;

/** Everyone who has signed in to the web app. */
public interface Marketers {
    Optional<Marketer> byEmail(String email);

    /** Stores a new marketer or the new state of a known one, by e-mail address. */
    void save(Marketer marketer);

    /** Most recently seen first. */
    List<Marketer> recentlySeen(int limit);
}
