package org.eventtimeline.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eventtimeline.extract.NewsExtractor;
import org.junit.jupiter.api.Test;

/**
 * The temporal engine on the TempEval-3 development data (TimeBank + AQUAINT, {@code ../shared/tbaq}), held to the
 * figures it reaches so that a change that loses ground fails. Skipped where the data is absent.
 */
class TempEvalTest {

    private static final Path TBAQ = Path.of("../shared/tbaq");

    @Test
    void holdsItsTempEval3FiguresOnTimeBankAndAquaint() throws IOException {
        assumeTrue(Files.isDirectory(TBAQ), "TBAQ development data not found at " + TBAQ.toAbsolutePath());
        TimexScore score = TimeMLEvaluation.evaluate(TBAQ).score();
        System.out.println("TempEval-3 Task A on TBAQ:\n" + score.report());
        assertTrue(score.relaxedF1() >= 0.945, "relaxed F1 " + score.relaxedF1());
        // 2026-12-07: "a minute and a half later" (ABC19980114.1830.0611) is read as a date counted from the story,
        // as "Three days later" is; the gold has the duration "a minute and a half" alone: strict, value and type
        // F1 0.0005 each; later that day "last Thanksgiving" was tagged whole, as the gold has it: strict F1 0.0005
        assertTrue(score.strictF1() >= 0.8854, "strict F1 " + score.strictF1());
        // 2026-12-04: "pretax profit for the first half" (wsj_0583) is tagged 1989-H1, which the gold leaves untagged;
        // the one extra match costs value and type F1 0.0003 each
        // 2026-12-05: "two to three weeks" is one duration (P2W), as the gold has it; "through Sept. 29" after one
        // sentence of background in 1987 is the news's year (wsj_0520); "most recently last October" no vague past
        // 2026-12-05, evening: "the past three summers" is no vague "the past" (a miss instead of a wrong value)
        // 2026-12-05, late night: "the first hours", "an additional year", "on a daily basis", "the second day of"
        assertTrue(score.valueF1() >= 0.8250, "value F1 " + score.valueF1());
        assertTrue(score.typeF1() >= 0.9011, "type F1 " + score.typeF1());
    }

    /**
     * The whole extractor (people and events too, which the figures above do not read) over every document: a
     * headline rule that fails on real news ("start > end" in a region) fails here, not in a client's request.
     */
    @Test
    void extractsEventsFromEveryDocumentWithoutFailing() throws IOException {
        assumeTrue(Files.isDirectory(TBAQ), "TBAQ development data not found at " + TBAQ.toAbsolutePath());
        List<Path> files = TimeMLEvaluation.documents(TBAQ);
        NewsExtractor extractor = new NewsExtractor();
        int events = 0;
        for (Path file : files) {
            TimeMLDocument doc = TimeMLDocument.read(file);
            events += extractor.extract(doc.text(), doc.creationDate()).events().size();
        }
        assertTrue(events > 1_000, events + " events from " + files.size() + " documents");
    }
}
