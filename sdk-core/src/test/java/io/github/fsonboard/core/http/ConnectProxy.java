package io.github.fsonboard.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP proxy for tests: demands Basic credentials (407 otherwise) and records each request
 * head; then tunnels bytes to the target of a CONNECT, or forwards a plain {@code http://} request
 * (absolute form) to its origin for one exchange.
 */
public final class ConnectProxy implements AutoCloseable {
  private final ServerSocket server;
  private final String expectedAuthorization;

  /** Every request head received, credentials included, in order. */
  public final List<String> heads = new CopyOnWriteArrayList<>();

  /**
   * Starts the proxy on loopback.
   *
   * @param expectedAuthorization the {@code Proxy-Authorization} value it accepts
   * @throws IOException when no port is free
   */
  public ConnectProxy(String expectedAuthorization) throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::acceptLoop, "connect-proxy");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The {@code Proxy-Authorization} value of Basic credentials.
   *
   * @param user the user
   * @param password the password
   * @return {@code Basic base64(user:password)}
   */
  public static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the port.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread t = new Thread(() -> handle(client), "connect-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        heads.add(head);
        String[] first = head.split("\r\n")[0].split(" ");
        boolean authorized =
            head.lines()
                .anyMatch(l -> l.equalsIgnoreCase("Proxy-Authorization: " + expectedAuthorization));
        if (!first[0].equals("CONNECT")) {
          byte[] body = in.readNBytes(contentLength(head));
          if (authorized) {
            forward(head, first, body, out);
            return;
          }
        }
        if (!authorized) {
          out.write(
              ("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          continue; // OkHttp may retry on the same connection
        }
        String[] hostPort = first[1].split(":");
        try (Socket upstream = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
          out.write(
              "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          Thread pump = new Thread(() -> copy(upstream, client), "connect-proxy-pump");
          pump.setDaemon(true);
          pump.start();
          copy(client, upstream);
        }
        return;
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  /**
   * Sends one absolute-form request to its origin, as a real proxy would, and relays the answer.
   */
  private static void forward(String head, String[] first, byte[] body, OutputStream out)
      throws IOException {
    java.net.URI target = java.net.URI.create(first[1]);
    if (!"http".equals(target.getScheme())) {
      out.write(
          "HTTP/1.1 405 Only http\r\nContent-Length: 0\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      return;
    }
    StringBuilder origin =
        new StringBuilder(first[0] + " " + target.getRawPath() + " " + first[2] + "\r\n");
    head.lines()
        .skip(1)
        .filter(l -> !l.isEmpty())
        .filter(l -> !l.regionMatches(true, 0, "Proxy-", 0, 6))
        .filter(l -> !l.regionMatches(true, 0, "Connection:", 0, 11))
        .forEach(l -> origin.append(l).append("\r\n"));
    origin.append("Connection: close\r\n\r\n");
    try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
      upstream.getOutputStream().write(origin.toString().getBytes(StandardCharsets.US_ASCII));
      upstream.getOutputStream().write(body);
      upstream.getOutputStream().flush();
      upstream.getInputStream().transferTo(out);
      out.flush();
    }
  }

  private static int contentLength(String head) {
    return head.lines()
        .filter(l -> l.regionMatches(true, 0, "Content-Length:", 0, 15))
        .map(l -> Integer.parseInt(l.substring(15).trim()))
        .findFirst()
        .orElse(0);
  }

  private static void copy(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // tunnel closed
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      buf.write(b);
      String s = buf.toString(StandardCharsets.US_ASCII);
      if (s.endsWith("\r\n\r\n")) {
        return s;
      }
    }
    return null;
  }

  /** Stops accepting connections. */
  @Override
  public void close() throws IOException {
    server.close();
  }
}
