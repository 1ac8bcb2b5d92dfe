package org.skillfund.micro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One Payara Micro process running the built micro WAR (paths from the failsafe system properties),
 * on its own port and work directory, for the module's integration tests.
 */
final class MicroInstance implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MicroInstance.class.getName());

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String root;
  final String app;
  private final Path work;
  private final Process process;
  private final long started = System.nanoTime();

  private MicroInstance(int port, Path work, Process process) {
    this.root = "http://127.0.0.1:" + port + "/";
    this.app = root + "skillfund/";
    this.work = work;
    this.process = process;
  }

  /**
   * Starts Payara Micro on {@code port} with clustering off; {@code env} is added to the process's
   * environment (the SKILLFUND_* settings). Returns at once: see {@link #awaitReady}.
   */
  static MicroInstance start(int port, Path work, Map<String, String> env) throws IOException {
    deleteTree(work);
    Files.createDirectories(work);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                System.getProperty("micro.jar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("micro.war", "target/skillfund-micro.war"),
                "--contextroot",
                "skillfund",
                "--port",
                Integer.toString(port),
                "--nocluster",
                "--prebootcommandfile",
                System.getProperty("micro.preboot", "src/main/payara-micro/preboot.asadmin"),
                "--rootdir",
                work.resolve("root").toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("micro.log").toFile());
    builder.environment().put("SKILLFUND_MAIL_ENABLED", "false");
    builder.environment().putAll(env);
    return new MicroInstance(port, work, builder.start());
  }

  /**
   * Waits until the application answers its ping and /health/ready is UP (Micro serves /health
   * before the WAR is deployed); prints how long the start took.
   */
  MicroInstance awaitReady(int seconds) throws InterruptedException {
    long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (status(app + "api/v1/ping") == 200 && status(root + "health/ready") == 200) {
        LOG.info(
            String.format(
                "Payara Micro on %s served the application and /health/ready after %.1f s",
                root, (System.nanoTime() - started) / 1e9));
        return this;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Payara Micro on "
            + root
            + (process.isAlive() ? " not ready within " + seconds + " s" : " exited")
            + "; see "
            + work.resolve("micro.log"));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notYet) {
      return -1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        paths
            .sorted((a, b) -> b.getNameCount() - a.getNameCount())
            .forEach(p -> p.toFile().delete());
      }
    }
  }
}
