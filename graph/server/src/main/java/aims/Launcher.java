package aims;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs an embedded Neo4j community database with the Bolt connector on 127.0.0.1.
 *
 * <p>Usage: {@code Launcher <home-dir> <bolt-port> <page-cache> <tx-timeout-seconds>}. Prints one
 * line {@code AIMS_NEO4J_READY bolt://127.0.0.1:<port>} once Bolt answers, and shuts the database
 * down cleanly on SIGTERM/SIGINT or when its standard input closes (the parent process died), so
 * that no orphan holds the store lock. Failures we can name exit with a code the TypeScript side
 * turns into a sentence: 10 port taken, 11 store locked, 12 store of another Neo4j version.
 */
public final class Launcher {
  static final String VERSION = "5.26.30";
  static final int PORT_TAKEN = 10;
  static final int STORE_LOCKED = 11;
  static final int WRONG_VERSION = 12;

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Launcher <home-dir> <bolt-port> <page-cache> <tx-timeout-seconds>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCache = parseBytes(args[2]);
    long txTimeout = Long.parseLong(args[3]);

    checkVersionMarker(home);
    checkPortFree(port);

    DatabaseManagementService service;
    try {
      service =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
              // A node with this many relationships keeps them grouped by type (default 50), so a
              // walk over one type (THREATENS, DEPENDS_ON) reads that type only: a system's ~30
              // implementations, risks and supplies would otherwise all be read on every hop.
              // docker-compose.yml sets the same.
              .setConfig(GraphDatabaseSettings.dense_node_threshold, 16)
              // The store is checkpointed before Bolt stops; Bolt's default graceful waits add ~10 s
              // to every stop for connections that are already gone.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(2))
              .build();
    } catch (Throwable e) {
      fail(e);
      return;
    }
    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(60_000)) {
      System.err.println("AIMS_NEO4J_ERROR the database did not become available within 60 s");
      service.shutdown();
      System.exit(1);
    }
    writeVersionMarker(home);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  System.out.println("AIMS_NEO4J_STOPPED");
                  System.out.flush();
                  stopped.countDown();
                }));
    watchStdin();
    System.out.println("AIMS_NEO4J_READY bolt://127.0.0.1:" + port + " neo4j " + VERSION);
    System.out.flush();
    stopped.await();
  }

  /** When the parent dies its end of our stdin closes; exit so the shutdown hook closes the store. */
  private static void watchStdin() {
    Thread t =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buf = new byte[256];
              try {
                while (in.read(buf) >= 0) {
                  // Nothing is ever sent; we only wait for end-of-file.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same thing as end-of-file.
              }
              System.exit(0);
            },
            "stdin-watch");
    t.setDaemon(true);
    t.start();
  }

  private static void checkPortFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
    } catch (IOException e) {
      System.err.println("AIMS_NEO4J_ERROR port " + port + " on 127.0.0.1 is already in use");
      System.exit(PORT_TAKEN);
    }
  }

  private static Path marker(Path home) {
    return home.resolve("AIMS_NEO4J_VERSION");
  }

  private static void checkVersionMarker(Path home) throws IOException {
    Path m = marker(home);
    if (Files.exists(m)) {
      String found = Files.readString(m, StandardCharsets.UTF_8).trim();
      if (!found.equals(VERSION)) {
        System.err.println(
            "AIMS_NEO4J_ERROR the data directory " + home + " was written by Neo4j " + found
                + "; this launcher runs Neo4j " + VERSION);
        System.exit(WRONG_VERSION);
      }
    }
  }

  private static void writeVersionMarker(Path home) throws IOException {
    Files.writeString(marker(home), VERSION + "\n", StandardCharsets.UTF_8);
  }

  /** Walks the cause chain for the failures a user can act on; anything else is reported as is. */
  private static void fail(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      String msg = String.valueOf(c.getMessage());
      if (name.contains("FileLock") || msg.contains("locked by another process")) {
        System.err.println("AIMS_NEO4J_ERROR the store is locked by another Neo4j process: " + msg);
        System.exit(STORE_LOCKED);
      }
      if (name.contains("UnsupportedFormat")
          || name.contains("StoreUpgrade")
          || msg.contains("store format")
          || msg.contains("Unable to upgrade")) {
        System.err.println("AIMS_NEO4J_ERROR the store belongs to another Neo4j version: " + msg);
        System.exit(WRONG_VERSION);
      }
      if (name.contains("PortBind") || msg.contains("Address already in use")) {
        System.err.println("AIMS_NEO4J_ERROR the Bolt port is already in use: " + msg);
        System.exit(PORT_TAKEN);
      }
    }
    System.err.println("AIMS_NEO4J_ERROR Neo4j failed to start: " + e);
    e.printStackTrace();
    System.exit(1);
  }

  static long parseBytes(String s) {
    String v = s.trim().toLowerCase();
    long unit = 1;
    char last = v.charAt(v.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      v = v.substring(0, v.length() - 1);
    }
    return Long.parseLong(v) * unit;
  }
}
