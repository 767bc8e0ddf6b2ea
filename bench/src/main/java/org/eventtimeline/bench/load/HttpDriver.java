package org.eventtimeline.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A lean HTTP/1.1 load driver: one keep-alive socket per thread, so the client spends little of the two cores
 * it shares with the service. Latency is measured from when a request was due, not when it was sent, so a slow
 * answer also counts against the requests queued behind it (no coordinated omission).
 */
final class HttpDriver {

    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What a run measured: requests per second and latency percentiles in milliseconds. */
    record Stats(String name, long requests, long errors, double seconds, double p50, double p90, double p99, double max) {
        double rate() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s %9.0f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.1f ms"
                    + "  (%d requests, %d errors)", name, rate(), p50, p90, p99, max, requests, errors);
        }
    }

    private static final byte[] NO_BODY = new byte[0];

    private final String host;
    private final int port;

    HttpDriver(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /** One keep-alive connection; not thread-safe. */
    final class Connection implements AutoCloseable {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        /** Where a body that is not kept is read to: a load run reads 35 kB answers thousands of times a second. */
        private final byte[] discarded = new byte[64 * 1024];

        Response send(String method, String path, String contentType, byte[] body) throws IOException {
            return send(method, path, contentType, body, true);
        }

        /** The status of a GET whose answer is read and thrown away: the load runs' requests allocate nothing. */
        int statusOf(String path) throws IOException {
            return send("GET", path, null, null, false).status();
        }

        private Response send(String method, String path, String contentType, byte[] body, boolean keep)
                throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 2000);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\nAccept: application/json\r\n");
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            try {
                return read(keep);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Response read(boolean keep) throws IOException {
            String status = line();
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = keep ? new ByteArrayOutputStream() : null;
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    readBody(size, body);
                    line();
                }
                line();
            } else if (length > 0) {
                readBody(length, body);
            }
            if (closing) {
                close();
            }
            return new Response(Integer.parseInt(status.substring(9, 12)), body == null ? NO_BODY : body.toByteArray());
        }

        /** Reads {@code length} bytes of a body into {@code kept}, or into the same scratch buffer when null. */
        private void readBody(int length, ByteArrayOutputStream kept) throws IOException {
            if (kept != null) {
                kept.write(in.readNBytes(length));
                return;
            }
            for (int left = length; left > 0; ) {
                int n = in.read(discarded, 0, Math.min(left, discarded.length));
                if (n < 0) {
                    throw new IOException("connection closed by the service");
                }
                left -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the service");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a broken socket: nothing left to do
            }
            socket = null;
        }
    }

    Connection connect() {
        return new Connection();
    }

    /** As many GETs as {@code connections} callers can make, each sending the next as soon as an answer comes. */
    Stats closedLoop(String name, List<String> paths, int connections, double seconds) {
        return run(name, paths, connections, seconds, 0);
    }

    /** GETs at a fixed total rate, spread over {@code connections} callers. */
    Stats fixedRate(String name, List<String> paths, int connections, double seconds, double perSecond) {
        return run(name, paths, connections, seconds, perSecond);
    }

    private Stats run(String name, List<String> paths, int connections, double seconds, double perSecond) {
        long start = System.nanoTime() + 50_000_000L;
        long end = start + (long) (seconds * 1e9);
        long interval = perSecond > 0 ? (long) (connections * 1e9 / perSecond) : 0;
        List<Caller> callers = new ArrayList<>();
        for (int id = 0; id < connections; id++) {
            Caller caller = new Caller(paths, id, start + interval * id / connections, interval, end);
            callers.add(caller);
            caller.thread.start();
        }
        long[] all = new long[0];
        long errors = 0;
        for (Caller caller : callers) {
            join(caller.thread);
            int at = all.length;
            all = Arrays.copyOf(all, at + caller.count);
            System.arraycopy(caller.latencies, 0, all, at, caller.count);
            errors += caller.errors;
        }
        Arrays.sort(all);
        return new Stats(name, all.length, errors, seconds, percentile(all, 50), percentile(all, 90), percentile(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** One connection's share of a run: sends GETs until the end, each when it is due (or at once in a closed loop). */
    private final class Caller implements Runnable {
        final Thread thread = new Thread(this);
        final List<String> paths;
        final int id;
        final long interval;
        final long end;
        long due;
        long[] latencies = new long[1 << 16];
        int count;
        long errors;

        Caller(List<String> paths, int id, long firstDue, long interval, long end) {
            this.paths = paths;
            this.id = id;
            this.due = firstDue;
            this.interval = interval;
            this.end = end;
        }

        @Override
        public void run() {
            try (Connection connection = connect()) {
                while (true) {
                    if (interval == 0) {
                        due = Math.max(due, System.nanoTime());
                    }
                    sleepUntil(due);
                    if (due >= end) {
                        return;
                    }
                    try {
                        if (connection.statusOf(paths.get((int) ((id * 7919L + count) % paths.size()))) != 200) {
                            errors++;
                        }
                    } catch (IOException e) {
                        errors++;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - due;
                    due += interval;
                }
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            if (wait > 200_000) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
