package org.eventtimeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (application.properties, or environment variables such as TIMELINE_SEEDS_ENABLED). */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {

    Seeds seeds();

    Limits limits();

    Http http();

    Security security();

    interface Security {
        /**
         * Keys that may write (POST /api/documents, DELETE), sent as "Authorization: Bearer KEY" or "X-API-Key: KEY".
         * With none configured, writes are accepted from this machine only.
         */
        java.util.Optional<java.util.List<String>> apiKeys();

        /** Extractions (POST /api/extract) one client may ask for per minute. */
        @WithDefault("60")
        int extractPerMinute();
    }

    interface Http {
        /** How long clients and caches may keep a read before asking again (with its ETag). */
        @WithDefault("10s")
        java.time.Duration cacheMaxAge();

        /** How many recent read answers the instance keeps, keyed by ETag (0: none). */
        @WithDefault("1024")
        int readCacheEntries();

        /**
         * How long the store version read from the database is trusted before it is read again: writes made through
         * other instances on the same database show within this time, this instance's own writes at once.
         */
        @WithDefault("1s")
        java.time.Duration versionRecheck();
    }

    interface Seeds {
        /** Load the sample articles into an empty database on start. */
        @WithDefault("true")
        boolean enabled();

        /** The folder holding manifest.json and the articles it lists. */
        @WithDefault("seeds")
        String directory();
    }

    interface Limits {
        /** Longest article text accepted, in characters (1 MiB). */
        @WithDefault("1048576")
        int maxTextLength();

        /** Most articles one POST /api/documents/batch may carry. */
        @WithDefault("100")
        int maxDocumentsPerRequest();

        /** Largest page a list or timeline returns. */
        @WithDefault("500")
        int maxPageSize();

        /** Page size when the client gives no limit. */
        @WithDefault("50")
        int defaultPageSize();

        /** Longest an article's extraction may take; a longer one is refused (422) and nothing is stored. */
        @WithDefault("10s")
        java.time.Duration extractionTime();
    }
}
