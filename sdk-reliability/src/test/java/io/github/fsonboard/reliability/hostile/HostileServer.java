package io.github.fsonboard.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * A misbehaving HTTP/1.1 server on a loopback raw socket: every answer is written byte by byte by a
 * {@link Script}, so it can be anything a broken or hostile server, proxy or load balancer sends
 * (endless bodies, gzip bombs, lies about paging, reflected credentials, weak certificates). Each
 * connection serves one exchange and is closed; every request received is recorded, so a test can
 * assert what the SDK did (and did not) send.
 */
final class HostileServer implements AutoCloseable {
  /** One request as received. Header names are lower case. */
  record Exchange(String method, String target, Map<String, String> headers, String body) {
    String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  /** Writes the whole answer, status line included, for one request. */
  @FunctionalInterface
  interface Script {
    void answer(Exchange request, OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final String scheme;
  private final List<Exchange> seen = Collections.synchronizedList(new ArrayList<>());
  private volatile Script script = (r, out) -> respond(out, 404, "text/plain", "no script");

  private HostileServer(ServerSocket socket, String scheme) {
    this.socket = socket;
    this.scheme = scheme;
    Thread acceptor = new Thread(this::acceptLoop, "hostile-accept-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static HostileServer http() {
    try {
      return new HostileServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "http");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HostileServer https(SSLContext context, String[] protocols) {
    try {
      javax.net.ssl.SSLServerSocket s =
          (javax.net.ssl.SSLServerSocket)
              context
                  .getServerSocketFactory()
                  .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
      if (protocols != null) {
        s.setEnabledProtocols(protocols);
      }
      return new HostileServer(s, "https");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  HostileServer answer(Script script) {
    this.script = script;
    seen.clear();
    return this;
  }

  String baseUrl() {
    return scheme + "://127.0.0.1:" + socket.getLocalPort();
  }

  String url(String path) {
    return baseUrl() + path;
  }

  List<Exchange> requests() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  // ---- answers scripts are made of -------------------------------------------------------

  static void respond(OutputStream out, int status, String contentType, String body)
      throws IOException {
    respond(out, status, Map.of("Content-Type", contentType), body);
  }

  static void respond(OutputStream out, int status, Map<String, String> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    head(out, status, headers, bytes.length);
    out.write(bytes);
    out.flush();
  }

  /** The status line and headers; {@code length < 0} sends no Content-Length (read to close). */
  static void head(OutputStream out, int status, Map<String, String> headers, long length)
      throws IOException {
    StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    if (length >= 0) {
      sb.append("Content-Length: ").append(length).append("\r\n");
    }
    sb.append("Connection: close\r\n\r\n");
    out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Streams {@code prefix} then {@code total} filler bytes, until done or the client hangs up.
   *
   * @return the bytes actually written
   */
  static long stream(OutputStream out, String prefix, byte filler, long total) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, filler);
    long written = 0;
    try {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      while (written < total) {
        int n = (int) Math.min(chunk.length, total - written);
        out.write(chunk, 0, n);
        written += n;
      }
      out.flush();
    } catch (IOException e) {
      // the client stopped reading: what a bounded reader should do
    }
    return written;
  }

  // ---- plumbing ---------------------------------------------------------------------------

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread t = new Thread(() -> serve(s), "hostile-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(30_000);
      InputStream in = s.getInputStream();
      Exchange request = read(in);
      if (request == null) {
        return;
      }
      seen.add(request);
      OutputStream out = s.getOutputStream();
      script.answer(request, out);
      out.flush();
    } catch (IOException e) {
      // a client that hangs up mid-answer, or a refused TLS handshake: both are test outcomes
    }
  }

  private static Exchange read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      if (head.size() > 64 * 1024) {
        return null;
      }
      state =
          (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
              ? state + 1
              : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] start = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(Math.min(length, 1 << 20));
    return new Exchange(start[0], start[1], headers, new String(body, StandardCharsets.UTF_8));
  }
}
