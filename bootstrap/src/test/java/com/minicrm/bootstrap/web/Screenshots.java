package com.minicrm.bootstrap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes screenshots to docs/screenshots/ in the repository, where the README shows them; each run
 * of the browser tests refreshes them, so they show the pages as they are.
 */
public final class Screenshots {
    private static final Path DIRECTORY = Path.of("..", "docs", "screenshots");

    private Screenshots() {}

    /** The whole page at the browser's current size, as {@code docs/screenshots/<name>.png}. */
    public static Path take(Browser browser, String name) {
        return write(name, browser.fullPageScreenshot());
    }

    /** Only what fits on the screen, as a phone shows it first. */
    public static Path takeViewport(Browser browser, String name) {
        return write(name, browser.viewportScreenshot());
    }

    private static Path write(String name, byte[] png) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
