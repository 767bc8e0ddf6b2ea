package org.eventtimeline.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eventtimeline.store.TimelineFilter;
import org.eventtimeline.store.TimelineQueries;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Reads one timeline page and writes it as JSON while the service finishes starting, on a thread of its own: the
 * first timeline a client asks for otherwise pays for what only the first one needs (Hibernate's first loading of
 * events with their people and sources, Jackson's serializers for them). The service does not wait for it; a failure
 * is logged and changes nothing.
 */
@ApplicationScoped
public class TimelineWarmUp {

    private static final Logger LOG = Logger.getLogger(TimelineWarmUp.class);

    @Inject
    TimelineQueries queries;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent start, TimelineWarmUp self) {
        Thread thread = new Thread(self::readOnePage, "timeline-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @ActivateRequestContext
    public void readOnePage() {
        try {
            var page = queries.timeline(new TimelineFilter(null, null, null, List.of(), null), null, 1);
            json.writeValueAsBytes(new Views.TimelineView(page.total(), Map.of(), Views.events(page.events()), null));
        } catch (RuntimeException | IOException e) {
            LOG.debugf(e, "The timeline warm-up failed; the first timeline will take longer");
        }
    }
}
