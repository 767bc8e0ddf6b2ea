package org.eventtimeline.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The files of named patterns and cues: a definition's value holds no second "NAME = " (one line pasted into
 * another), which would compile as a literal that no text matches.
 */
class CueFilesTest {

    private static final Pattern PASTED_NAME = Pattern.compile("(?:^|\\|)\\s*\\p{L}[\\p{L}\\d-]* = ");

    @Test
    void noDefinitionHoldsAnotherDefinitionsName() throws IOException {
        List<String> pasted = new ArrayList<>();
        for (String file : List.of("patterns.txt", "tense.txt")) {
            Path path = Path.of("src/main/resources/extract/time", file);
            for (String line : Files.readAllLines(path)) {
                int equals = line.indexOf(" = ");
                if (!line.startsWith("#") && equals > 0 && PASTED_NAME.matcher(line.substring(equals + 3)).find()) {
                    pasted.add(file + ": " + line.substring(0, Math.min(80, line.length())));
                }
            }
        }
        assertEquals(List.of(), pasted);
    }
}
