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
 * A tiny HTTP CONNECT proxy for tests: demands Basic credentials (407 otherwise), records each
 * CONNECT head, then tunnels bytes to the target.
 */
final class ConnectProxy implements AutoCloseable {
  private final ServerSocket server;
  private final String expectedAuthorization;
  final List<String> heads = new CopyOnWriteArrayList<>();

  ConnectProxy(String expectedAuthorization) throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::acceptLoop, "connect-proxy");
    t.setDaemon(true);
    t.start();
  }

  int port() {
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
          out.write(
              "HTTP/1.1 405 Only CONNECT\r\nContent-Length: 0\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          return;
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

  @Override
  public void close() throws IOException {
    server.close();
  }
}
