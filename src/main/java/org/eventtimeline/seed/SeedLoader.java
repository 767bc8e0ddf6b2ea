package org.eventtimeline.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eventtimeline.config.TimelineConfig;
import org.eventtimeline.extract.Extractor;
import org.eventtimeline.store.NewDocument;
import org.eventtimeline.store.StoredArticle;
import org.eventtimeline.store.TimelineQueries;
import org.eventtimeline.store.TimelineStore;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/** Fills an empty database with the sample articles of {@code seeds/manifest.json}, so a new install has a timeline. */
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    record Manifest(String about, List<Entry> documents) {
    }

    record Entry(String file, String externalId, LocalDate publishedAt, String title, String url) {
    }

    @Inject
    TimelineConfig config;

    @Inject
    TimelineStore store;

    @Inject
    TimelineQueries queries;

    @Inject
    Extractor extractor;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent start) {
        if (!config.seeds().enabled() || queries.documentCount() > 0) {
            return;
        }
        Path folder = Path.of(config.seeds().directory());
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            LOG.infof("No seeds loaded: %s does not exist", manifest.toAbsolutePath());
            return;
        }
        try {
            Manifest m = json.readValue(manifest.toFile(), Manifest.class);
            List<NewDocument> documents = new ArrayList<>();
            for (Entry e : m.documents()) {
                String text = Files.readString(folder.resolve(e.file()), StandardCharsets.UTF_8);
                documents.add(new NewDocument(text, e.title(), e.url(), e.publishedAt(), e.externalId()));
            }
            store.saveAll(documents, d -> extractor.extract(d.text(), d.publishedAt()), StoredArticle::created);
            LOG.infof("Loaded %d seed articles from %s", m.documents().size(), folder.toAbsolutePath());
        } catch (IOException e) {
            LOG.errorf(e, "Seeds in %s could not be read; starting without them", folder.toAbsolutePath());
        }
    }
}
