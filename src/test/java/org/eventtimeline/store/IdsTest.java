package org.eventtimeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void documentIdsSortInTheOrderArticlesWereStoredAndEventIdsFitTheirColumn() {
        Instant first = Instant.parse("2026-12-03T10:15:30.001Z");
        // the later article's hash sorts first (304b… against f44e…): the time leads
        String earlier = Ids.documentId(Ids.sha256("beta"), first);
        String later = Ids.documentId(Ids.sha256("omega"), first.plusMillis(1));
        assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
        assertEquals(20, earlier.length());
        assertTrue(earlier.endsWith(Ids.sha256("beta").substring(0, 9)));
        String event = Ids.eventId(later, 1234, "2008-06-30");
        assertTrue(event.startsWith(later));
        assertEquals(32, event.length()); // event.id is varchar(32)
    }
}
