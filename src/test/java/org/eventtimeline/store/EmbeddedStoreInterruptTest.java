package org.eventtimeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store as configured survives a writer being interrupted: the connection pool interrupts a thread
 * it stopped waiting for, and H2's plain file channel closes on an interrupt and fails the write under way.
 */
class EmbeddedStoreInterruptTest {

    @Test
    void aWriterInterruptedInTheMiddleOfItsWritesLosesNone(@TempDir Path dir) throws Exception {
        String url = configuredUrl().replace("./data/timeline", dir.resolve("timeline").toString());
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.createStatement().execute("create table t(id int primary key, s varchar(600))");
                PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)");
                for (int i = 0; i < 3_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(500));
                    insert.executeUpdate(); // each commit is written to the file (WRITE_DELAY=0)
                    written.incrementAndGet();
                    if (i % 100 == 50) {
                        Thread.currentThread().interrupt(); // the next write runs with the interrupt set
                    }
                }
            } catch (Exception e) {
                failure.set(e);
            }
        });
        writer.start();
        writer.join(120_000);
        assertNull(failure.get(), () -> "the write failed: " + failure.get());
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet count = c.createStatement().executeQuery("select count(*) from t")) {
            assertTrue(count.next());
            assertEquals(written.get(), count.getInt(1));
            assertEquals(3_000, written.get());
        }
    }

    private static String configuredUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedStoreInterruptTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        assertTrue(url.contains("./data/timeline"), url);
        return url;
    }
}
