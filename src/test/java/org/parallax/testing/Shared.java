package org.parallax.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (seeds and corpora). Tests that need it skip with a message when it is
 * absent, except under CI ({@code CI=true}), where its absence is a failure.
 */
public final class Shared {
  private Shared() {}

  public static Path root() {
    String env = System.getenv("PARALLAX_SHARED");
    Path p = env != null ? Path.of(env) : Path.of("..", "shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("..", "shared");
    }
    if (!Files.isDirectory(p)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("../shared is required under CI but was not found at " + p.toAbsolutePath());
      }
      assumeTrue(false, "skipped: ../shared not found at " + p.toAbsolutePath());
    }
    return p;
  }

  public static Path seed(String prefix) throws java.io.IOException {
    try (var files = Files.list(root().resolve("seeds"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new AssertionError("no seed starting with " + prefix));
    }
  }

  /** The repository root (tests run with the module folder as working directory). */
  public static Path repo() {
    return Path.of("").toAbsolutePath();
  }
}
