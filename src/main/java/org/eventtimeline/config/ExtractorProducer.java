package org.eventtimeline.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eventtimeline.extract.Extractor;
import org.eventtimeline.extract.NewsExtractor;

/** Makes the extractor, which knows nothing of Quarkus, a bean the API can inject. */
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return new NewsExtractor();
    }
}
