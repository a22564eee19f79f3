package dev.pactline.db;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts embedded Neo4j Community with Bolt on a loopback address and prints one line,
 * {@code NEO4J_READY bolt://host:port}, when it accepts connections. Errors print one line
 * starting with {@code NEO4J_ERROR} and exit non-zero.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        Path home = Path.of(env("NEO4J_HOME_DIR", ".data/neo4j")).toAbsolutePath();
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        int port;
        try {
            port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
            if (port < 0 || port > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            fail("invalid NEO4J_BOLT_PORT: " + System.getenv("NEO4J_BOLT_PORT") + " (allowed: 0-65535, 0 = any free port)");
            return;
        }
        String password = System.getenv("NEO4J_EMBEDDED_PASSWORD");
        boolean exitOnStdinEof = Arrays.asList(args).contains("--exit-on-stdin-eof");
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        if (port != 0) {
            builder.setConfig(BoltConnector.advertised_address, new SocketAddress(host, port));
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            fail(describe(e, host, port, home));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        if (password != null) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                System.err.println("password not changed: " + e.getMessage());
            }
        }

        int boltPort;
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            boltPort = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        } catch (RuntimeException e) {
            fail(describe(e, host, port, home));
            return;
        }

        if (exitOnStdinEof) {
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* discard */ }
                } catch (IOException ignored) {
                    // stdin closed: the parent is gone
                }
                System.exit(0);
            }, "stdin-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        System.out.println("NEO4J_READY bolt://" + host + ":" + boltPort);
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable e, String host, int port, Path home) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof BindException || m.contains("already in use")) {
                return "port " + host + ":" + port + " is already in use; stop the other process or set NEO4J_BOLT_PORT (0 = any free port)";
            }
            if (m.contains("Lock file has been locked") || m.contains("store_lock")) {
                return "the database in " + home + " is used by another Neo4j process; stop it or set NEO4J_HOME_DIR";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return "Neo4j failed to start: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void fail(String message) {
        System.out.println("NEO4J_ERROR " + message);
        System.out.flush();
        System.exit(2);
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
