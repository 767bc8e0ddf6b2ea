package org.eventtimeline.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import org.eventtimeline.config.TimelineConfig;

/**
 * The last answers to reads, keyed by their ETag (store version + request). A write moves the version on, so an
 * entry can never be served stale, and several instances on one database stay consistent without talking to each
 * other. Dashboards ask for the same few timelines over and over: they are answered without querying the store.
 */
@ApplicationScoped
class ReadCache {

    record Answer(Object entity, MediaType type) {
    }

    @Inject
    TimelineConfig config;

    private int capacity;
    private Map<String, Answer> answers;

    @PostConstruct
    void create() {
        capacity = config.http().readCacheEntries();
        answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > ReadCache.this.capacity;
            }
        };
    }

    synchronized Answer get(String tag) {
        return capacity == 0 ? null : answers.get(tag);
    }

    synchronized void put(String tag, Answer answer) {
        if (capacity > 0) {
            answers.put(tag, answer);
        }
    }
}
