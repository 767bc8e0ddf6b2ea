package org.eventtimeline.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eventtimeline.extract.Extraction;
import org.eventtimeline.extract.NewsExtractor;
import org.eventtimeline.extract.people.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the extractor against the hand-made gold timeline of the seed articles (gold/seed-events.json). An extracted
 * event matches a gold event when it comes from the same article, one of its quotes overlaps the gold evidence, and
 * its date is the gold date or an accepted one. The seeds are a sample: nothing in the extractor knows them.
 */
class SeedTimelineTest {

    record Gold(String id, String tier, String doc, Set<String> dates, List<String> people, String evidence) {
    }

    record Found(String doc, ExtractedEvent event) {
    }

    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<Found> FOUND = new ArrayList<>();
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final List<String> TRAPS = new ArrayList<>();

    @BeforeAll
    static void extractTheSeeds() throws IOException {
        JsonNode gold;
        try (InputStream in = SeedTimelineTest.class.getResourceAsStream("/gold/seed-events.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        NewsExtractor extractor = new NewsExtractor();
        gold.get("documents").fields().forEachRemaining(doc -> {
            try {
                String text = Files.readString(Path.of("seeds", doc.getKey()), StandardCharsets.UTF_8);
                TEXTS.put(doc.getKey(), text);
                JsonNode published = doc.getValue().get("publishedAt");
                Extraction x = extractor.extract(text, published.isNull() ? null : LocalDate.parse(published.asText()));
                x.events().forEach(e -> FOUND.add(new Found(doc.getKey(), e)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (JsonNode e : gold.get("events")) {
            Set<String> dates = new HashSet<>();
            dates.add(e.get("date").asText());
            e.path("accept").forEach(a -> dates.add(a.asText()));
            List<String> people = new ArrayList<>();
            e.get("people").forEach(p -> people.add(p.asText()));
            GOLD.add(new Gold(e.get("id").asText(), e.get("tier").asText(), e.get("doc").asText(), dates, people,
                    e.get("evidence").asText()));
        }
        for (String trap : gold.get("traps").asText().split("'")) {
            if (trap.length() > 2 && !trap.startsWith(",") && !trap.startsWith(":") && !trap.startsWith(" (")) {
                TRAPS.add(trap);
            }
        }
    }

    private static boolean matches(Found f, Gold g) {
        if (!f.doc().equals(g.doc()) || !g.dates().contains(f.event().date().value())) {
            return false;
        }
        String text = TEXTS.get(g.doc());
        for (int at = text.indexOf(g.evidence()); at >= 0; at = text.indexOf(g.evidence(), at + 1)) {
            int end = at + g.evidence().length();
            for (Source s : f.event().sources()) {
                if (s.start() < end && at < s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean found(Gold g) {
        return FOUND.stream().anyMatch(f -> matches(f, g));
    }

    @Test
    void findsEveryRequiredEvent() {
        List<String> missing = GOLD.stream().filter(g -> g.tier().equals("required") && !found(g)).map(Gold::id).toList();
        assertEquals(List.of(), missing, "required events not found");
    }

    @Test
    void scoresAtLeast95PercentOnRecallPrecisionAndPeople() {
        List<Gold> wanted = GOLD.stream().filter(g -> !g.tier().equals("acceptable")).toList();
        List<String> missed = wanted.stream().filter(g -> !found(g)).map(Gold::id).toList();
        double recall = 1.0 - (double) missed.size() / wanted.size();

        List<Found> unmatched = FOUND.stream().filter(f -> GOLD.stream().noneMatch(g -> matches(f, g))).toList();
        double precision = 1.0 - (double) unmatched.size() / FOUND.size();

        int goldPeople = 0;
        int peopleFound = 0;
        List<String> peopleMissed = new ArrayList<>();
        for (Gold g : GOLD) {
            List<Found> hits = FOUND.stream().filter(f -> matches(f, g)).toList();
            if (hits.isEmpty()) {
                continue;
            }
            Set<String> named = new HashSet<>();
            hits.forEach(h -> h.event().people().stream().map(Person::name).forEach(named::add));
            for (String person : g.people()) {
                goldPeople++;
                if (named.contains(person)) {
                    peopleFound++;
                } else {
                    peopleMissed.add(g.id() + ": " + person);
                }
            }
        }
        double peopleRecall = goldPeople == 0 ? 0 : (double) peopleFound / goldPeople;

        System.out.printf("Seed timeline: recall %.3f (%d/%d required+expected), precision %.3f (%d of %d events match"
                + " no gold event), people recall %.3f (%d/%d)%n", recall, wanted.size() - missed.size(), wanted.size(),
                precision, unmatched.size(), FOUND.size(), peopleRecall, peopleFound, goldPeople);
        System.out.println("missed: " + missed);
        unmatched.forEach(f -> System.out.println("unmatched: " + f.doc() + " " + f.event().date().value() + " | "
                + f.event().sources().get(0).quote()));
        System.out.println("people missed: " + peopleMissed);
        assertTrue(recall >= 0.95, "recall " + recall + ", missed " + missed);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(peopleRecall >= 0.95, "people recall " + peopleRecall + ", missed " + peopleMissed);
    }

    @Test
    void noTrapBecomesAnEventDate() {
        for (Found f : FOUND) {
            for (String trap : TRAPS) {
                assertTrue(!f.event().dateText().contains(trap) && !trap.contains(f.event().dateText()),
                        "'" + trap + "' became the date of: " + f.event().title());
            }
        }
    }
}
