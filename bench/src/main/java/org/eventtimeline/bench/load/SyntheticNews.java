package org.eventtimeline.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic news-like articles for the load test: article {@code n} is always the same text, so two runs
 * store the same data. Each article names a few people from a fixed pool and tells about ten dated events.
 */
final class SyntheticNews {

    record Article(String externalId, String title, String text, LocalDate published) {
    }

    private static final int DATED_SENTENCES = 10;

    private final List<String> dated = new ArrayList<>();
    private final List<String> fillers = new ArrayList<>();
    private final Map<String, List<String>> words = new HashMap<>();
    private final List<String> people = new ArrayList<>();

    SyntheticNews(int poolSize) {
        for (String line : lines("load/sentences.txt")) {
            (line.startsWith("- ") ? fillers : dated).add(line.startsWith("- ") ? line.substring(2) : line);
        }
        for (String line : lines("load/words.txt")) {
            String[] slot = line.split("\t");
            words.computeIfAbsent(slot[0], k -> new ArrayList<>()).add(slot[1]);
        }
        List<String> given = lines("extract/people/first-names.txt");
        List<String> surnames = words.get("SURNAME");
        Random random = new Random(7);
        Set<String> pool = new LinkedHashSet<>();
        while (pool.size() < poolSize) {
            pool.add(given.get(random.nextInt(given.size())) + " " + surnames.get(random.nextInt(surnames.size())));
        }
        people.addAll(pool);
    }

    /** The pool of people the articles are about, "Given Surname". */
    List<String> people() {
        return people;
    }

    Article article(int n) {
        Random random = new Random(1_000_003L * n);
        LocalDate published = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9500));
        List<String> cast = new ArrayList<>();
        while (cast.size() < 3) {
            String person = people.get(random.nextInt(people.size()));
            if (cast.stream().noneMatch(p -> surname(p).equals(surname(person)))) {
                cast.add(person);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DATED_SENTENCES; i++) {
            String p1 = cast.get(random.nextInt(3));
            String p2 = cast.get((cast.indexOf(p1) + 1 + random.nextInt(2)) % 3);
            text.append(fill(dated.get(random.nextInt(dated.size())), p1, p2, datePhrase(random, published), random));
            text.append(i % 3 == 2 ? "\n\n" : " ");
            if (random.nextInt(3) == 0) {
                text.append(fill(fillers.get(random.nextInt(fillers.size())), p1, p2, "", random)).append(' ');
            }
        }
        String title = surname(cast.get(0)) + " and the " + pick("TOPIC", random);
        return new Article("load-" + n, title, text.toString().strip(), published);
    }

    private String fill(String shape, String p1, String p2, String date, Random random) {
        String sentence = shape.replace("{P1}", p1).replace("{P2}", p2).replace("{S1}", surname(p1))
                .replace("{S2}", surname(p2)).replace("{DATE}", date).replace("{PLACE}", pick("PLACE", random))
                .replace("{ROLE}", pick("ROLE", random)).replace("{TOPIC}", pick("TOPIC", random))
                .replace("{ORG}", pick("ORG", random));
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** A date before publication, written the ways news writes them: full, month, year or relative. */
    private static String datePhrase(Random random, LocalDate published) {
        LocalDate day = published.minusDays(1 + random.nextInt(6000));
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (random.nextInt(8)) {
            case 0, 1 -> "on " + month + " " + day.getDayOfMonth() + ", " + day.getYear();
            case 2 -> "on " + day.getDayOfMonth() + " " + month + " " + day.getYear();
            case 3, 4 -> "in " + month + " " + day.getYear();
            case 5 -> "in " + day.getYear();
            case 6 -> (2 + random.nextInt(9)) + " years ago";
            default -> "on " + published.minusDays(1 + random.nextInt(6)).getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        };
    }

    private String pick(String slot, Random random) {
        List<String> choices = words.get(slot);
        return choices.get(random.nextInt(choices.size()));
    }

    static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SyntheticNews.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
