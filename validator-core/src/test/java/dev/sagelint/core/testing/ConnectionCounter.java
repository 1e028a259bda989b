package dev.sagelint.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that only counts the connections made to it, for tests that prove sagelint
 * never reaches out to the network (a remote $ref, a YAML gadget naming a URL).
 */
public final class ConnectionCounter implements AutoCloseable {
  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();

  public ConnectionCounter() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setSoTimeout(200);
    Thread listener = new Thread(this::listen, "connection-counter");
    listener.setDaemon(true);
    listener.start();
  }

  private void listen() {
    while (!server.isClosed()) {
      try {
        server.accept().close();
        connections.incrementAndGet();
      } catch (SocketTimeoutException e) {
        // keep listening until the test closes the counter
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The URL of this server, e.g. {@code http://127.0.0.1:40123/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  public int port() {
    return server.getLocalPort();
  }

  public int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
