package org.eventtimeline.bench.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test's client (driven by {@code bench/load}, see README "Benchmarks"):
 * <pre>
 *   ingest --articles N [--clients C] [--batch B] [--first K] [--acked FILE]   post articles, report articles/s
 *   verify --acked FILE                                             every acknowledged article is stored
 *   query  [--seconds S] [--connections C]                          timeline by person and by year vs /q/health
 *   query  --only health|person|year --rate R                       one kind of request at a fixed rate
 * </pre>
 * All take {@code --base http://127.0.0.1:8080}.
 */
public final class LoadRun {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final Map<String, String> options;
    private final URI base;
    private final HttpDriver http;
    private final SyntheticNews news = new SyntheticNews(3000);

    private LoadRun(Map<String, String> options) {
        this.options = options;
        this.base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        this.http = new HttpDriver(base);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadRun ingest|verify|query [--option value]...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        LoadRun run = new LoadRun(options);
        boolean ok = switch (args[0]) {
            case "ingest" -> run.ingest();
            case "verify" -> run.verify();
            case "query" -> run.query();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    /**
     * Posts articles first..first+N-1 from several clients, one per request or, with --batch B, B at a time to
     * POST /api/documents/batch. With --acked, each acknowledged article's id is written to the file as soon as its
     * answer arrives, and a client stops at its first failed connection (the restart test kills the service under it).
     */
    private boolean ingest() throws Exception {
        int articles = option("articles", 10_000);
        int clients = option("clients", 4);
        int first = option("first", 0);
        int batch = option("batch", 1);
        String ackedFile = options.get("acked");
        AtomicInteger next = new AtomicInteger(first);
        AtomicLong stored = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (PrintWriter acked = ackedFile == null ? null
                : new PrintWriter(Files.newBufferedWriter(Path.of(ackedFile), StandardCharsets.UTF_8))) {
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Thread thread = new Thread(() -> {
                    try (HttpDriver.Connection connection = http.connect()) {
                        for (int n = next.getAndAdd(batch); n < first + articles; n = next.getAndAdd(batch)) {
                            List<SyntheticNews.Article> posted = new ArrayList<>();
                            for (int k = n; k < Math.min(n + batch, first + articles); k++) {
                                posted.add(news.article(k));
                            }
                            try {
                                String path = batch == 1 ? "/api/documents" : "/api/documents/batch";
                                String body = batch == 1 ? json(posted.get(0)) : json(posted);
                                HttpDriver.Response answer = connection.send("POST", path, "application/json",
                                        body.getBytes(StandardCharsets.UTF_8));
                                if (answer.status() == 201 || answer.status() == 200) {
                                    stored.addAndGet(posted.size());
                                    bytes.addAndGet(posted.stream().mapToLong(a -> a.text().length()).sum());
                                    if (acked != null) {
                                        synchronized (acked) {
                                            posted.forEach(a -> acked.println(a.externalId()));
                                            acked.flush();
                                        }
                                    }
                                } else {
                                    failed.addAndGet(posted.size());
                                    System.err.println(posted.get(0).externalId() + ": " + answer.status() + " " + answer.text());
                                }
                            } catch (IOException e) {
                                failed.addAndGet(posted.size());
                                if (acked != null) {
                                    return;
                                }
                            }
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "ingest: %d articles stored in %.1f s = %.0f articles/s (%.2f MB/s of text),"
                    + " %d failed, %d clients, %d per request%n", stored.get(), seconds, stored.get() / seconds,
                    bytes.get() / seconds / 1e6, failed.get(), clients, batch);
        }
        if (ackedFile == null) {
            System.out.println("events stored: " + total("/api/timeline?limit=1"));
        }
        return ackedFile != null || failed.get() == 0;
    }

    /** Every article the service acknowledged before the restart is there after it, with its events. */
    private boolean verify() throws Exception {
        List<String> ids = Files.readAllLines(Path.of(options.get("acked")));
        int missing = 0;
        int withoutEvents = 0;
        try (HttpDriver.Connection connection = http.connect()) {
            for (String id : ids) {
                HttpDriver.Response answer = connection.send("GET", "/api/documents/" + id, null, null);
                if (answer.status() != 200) {
                    missing++;
                    System.err.println("missing after restart: " + id + " (" + answer.status() + ")");
                } else if (!answer.text().contains("\"events\":[{")) {
                    withoutEvents++;
                    System.err.println("stored without its events: " + id);
                }
            }
        }
        System.out.printf(Locale.ROOT, "verify: %d acknowledged articles, %d missing, %d without events%n", ids.size(),
                missing, withoutEvents);
        return missing == 0 && withoutEvents == 0 && !ids.isEmpty();
    }

    /**
     * Peak rate of the health endpoint and of timelines by person and by year (closed loop), then the timelines'
     * latency at half their peak (fixed rate).
     */
    private boolean query() throws Exception {
        double seconds = option("seconds", 20);
        int connections = option("connections", 8);
        System.out.println("events stored: " + total("/api/timeline?limit=1"));
        List<String> byPerson = new ArrayList<>();
        for (String person : news.people().subList(0, 500)) {
            byPerson.add("/api/timeline?person=" + URLEncoder.encode(person, StandardCharsets.UTF_8));
        }
        List<String> byYear = new ArrayList<>();
        for (int year = 1984; year <= 2025; year++) {
            byYear.add("/api/timeline?year=" + year);
        }
        List<String> health = List.of("/q/health");

        if (options.containsKey("rate")) {
            // one fixed-rate run of one kind of request, e.g. --only year --rate 1000
            List<String> paths = switch (options.getOrDefault("only", "year")) {
                case "health" -> health;
                case "person" -> byPerson;
                default -> byYear;
            };
            http.closedLoop("warm-up", paths, connections, Math.min(5, seconds));
            HttpDriver.Stats fixed = http.fixedRate("GET " + paths.get(0) + "… at " + options.get("rate") + "/s", paths,
                    connections, seconds, Double.parseDouble(options.get("rate")));
            System.out.println(fixed);
            return fixed.errors() == 0;
        }
        for (List<String> paths : List.of(health, byPerson, byYear)) {
            http.closedLoop("warm-up", paths, connections, Math.min(5, seconds));
        }
        List<HttpDriver.Stats> results = new ArrayList<>();
        HttpDriver.Stats healthPeak = http.closedLoop("GET /q/health (peak)", health, connections, seconds);
        HttpDriver.Stats personPeak = http.closedLoop("GET /api/timeline?person= (peak)", byPerson, connections, seconds);
        HttpDriver.Stats yearPeak = http.closedLoop("GET /api/timeline?year= (peak)", byYear, connections, seconds);
        results.add(healthPeak);
        results.add(personPeak);
        results.add(yearPeak);
        results.add(http.fixedRate("GET /api/timeline?person= (half peak)", byPerson, connections, seconds,
                personPeak.rate() / 2));
        results.add(http.fixedRate("GET /api/timeline?year= (half peak)", byYear, connections, seconds, yearPeak.rate() / 2));
        results.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "ratio to /q/health: person %.2f, year %.2f%n", personPeak.rate() / healthPeak.rate(),
                yearPeak.rate() / healthPeak.rate());
        return results.stream().allMatch(r -> r.errors() == 0);
    }

    private long total(String path) throws IOException {
        try (HttpDriver.Connection connection = http.connect()) {
            Matcher m = TOTAL.matcher(connection.send("GET", path, null, null).text());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }
    }

    private static String json(SyntheticNews.Article article) {
        return "{\"externalId\":" + quoted(article.externalId()) + ",\"title\":" + quoted(article.title())
                + ",\"publishedAt\":\"" + article.published() + "\",\"url\":\"https://news.example/" + article.externalId()
                + "\",\"text\":" + quoted(article.text()) + "}";
    }

    private static String json(List<SyntheticNews.Article> articles) {
        return articles.stream().map(LoadRun::json).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
