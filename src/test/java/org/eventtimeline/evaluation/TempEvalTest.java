package org.eventtimeline.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertTrue(score.relaxedF1() >= 0.944, "relaxed F1 " + score.relaxedF1());
        assertTrue(score.strictF1() >= 0.884, "strict F1 " + score.strictF1());
        assertTrue(score.valueF1() >= 0.8220, "value F1 " + score.valueF1());
        assertTrue(score.typeF1() >= 0.8999, "type F1 " + score.typeF1());
    }
}
