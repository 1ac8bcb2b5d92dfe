package org.skillfund.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before a run starts its Payara domain, waits until the previous run's domain (the H2 run, when
 * this is the PostgreSQL one) has released its ports: Arquillian's managed container refuses to
 * start when it finds a server still answering.
 */
public class WaitForFreePorts implements LauncherSessionListener {

  private static final int[] PORTS = {4848, 8080};
  private static final Duration LIMIT = Duration.ofSeconds(90);

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Instant deadline = Instant.now().plus(LIMIT);
    for (int port : PORTS) {
      while (!isFree(port) && Instant.now().isBefore(deadline)) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }
}
