package io.github.fsonboard.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server that answers fast with fixed bodies, shared by the SDK side and the bare
 * OkHttp side of every HTTP benchmark so both pay exactly the same server cost.
 */
public final class LoopbackServer implements AutoCloseable {
  /** The application id served by {@link #APPLICATION_PATH}. */
  public static final String APPLICATION_ID = "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f01";

  /** Devportal path of the fixed application. */
  public static final String APPLICATION_PATH =
      "/api/am/devportal/v3/applications/" + APPLICATION_ID;

  /** Token endpoint path. */
  public static final String TOKEN_PATH = "/oauth2/token";

  static final String APPLICATION_JSON =
      "{\"applicationId\":\""
          + APPLICATION_ID
          + "\",\"name\":\"Accounts App\","
          + "\"throttlingPolicy\":\"Unlimited\",\"description\":\"AISP app\","
          + "\"tokenType\":\"JWT\",\"status\":\"APPROVED\",\"groups\":[],"
          + "\"subscriptionCount\":0,\"keys\":[],\"attributes\":{},"
          + "\"subscriptionScopes\":[],\"owner\":\"tpp@example.com\",\"hashEnabled\":false}";

  static final String TOKEN_JSON =
      "{\"access_token\":\"bench-access-token\",\"token_type\":\"Bearer\","
          + "\"expires_in\":3600,\"scope\":\"accounts\"}";

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK: every call would take ~40 ms and hide what is being measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Set<Integer> clientPorts;
  private final AtomicLong requests;

  private LoopbackServer(
      HttpServer server, ExecutorService executor, Set<Integer> clientPorts, AtomicLong requests) {
    this.server = server;
    this.executor = executor;
    this.clientPorts = clientPorts;
    this.requests = requests;
  }

  /**
   * Starts the server on 127.0.0.1 and a random port.
   *
   * @return the running server
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    Set<Integer> ports = ConcurrentHashMap.newKeySet();
    AtomicLong requests = new AtomicLong();
    server.createContext(APPLICATION_PATH, x -> answer(x, APPLICATION_JSON, ports, requests));
    server.createContext(TOKEN_PATH, x -> answer(x, TOKEN_JSON, ports, requests));
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor, ports, requests);
  }

  private static void answer(
      HttpExchange exchange, String body, Set<Integer> ports, AtomicLong requests)
      throws IOException {
    ports.add(exchange.getRemoteAddress().getPort());
    requests.incrementAndGet();
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Returns the base URL, e.g. {@code http://127.0.0.1:41234}.
   *
   * @return the base URL without a trailing slash
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Returns how many requests arrived over how many client connections (distinct client ports), to
   * show whether a client reuses its connections.
   *
   * @return e.g. {@code "12000 requests over 1 connection(s)"}
   */
  public String connectionReport() {
    return requests.get() + " requests over " + clientPorts.size() + " connection(s)";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
