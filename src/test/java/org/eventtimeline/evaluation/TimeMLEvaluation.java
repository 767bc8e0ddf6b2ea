package org.eventtimeline.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eventtimeline.extract.time.TemporalExpression;
import org.eventtimeline.extract.time.TemporalTagger;

/**
 * Runs the temporal engine over a folder of TimeML documents, each with its creation time as publication date,
 * and prints the TempEval-3 Task A figures.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.eventtimeline.evaluation.TimeMLEvaluation -Dexec.args="../shared/tbaq [--errors] [--json out.json]"
 * </pre>
 *
 * {@code --json} writes the engine's output in the input format of {@code ../shared/tools/timex_score.py}, to
 * check this harness against it.
 */
public final class TimeMLEvaluation {

    private TimeMLEvaluation() {
    }

    record Result(TimexScore score, long characters, long nanos, int documents, String json) {
    }

    /** The TimeML documents of a folder and its subfolders, in name order. */
    static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".tml") && !p.getFileName().toString().startsWith("._"))
                    .sorted().toList();
        }
    }

    static Result evaluate(Path folder) throws IOException {
        List<Path> files = documents(folder);
        TemporalTagger tagger = new TemporalTagger();
        TimexScore score = new TimexScore();
        StringBuilder json = new StringBuilder("{");
        long characters = 0;
        long nanos = 0;
        for (Path file : files) {
            TimeMLDocument doc = TimeMLDocument.read(file);
            LocalDate dct = doc.creationDate();
            long t0 = System.nanoTime();
            List<TemporalExpression> found = tagger.tag(doc.text(), dct);
            nanos += System.nanoTime() - t0;
            characters += doc.text().length();
            List<TimeMLDocument.Timex> system = new ArrayList<>();
            json.append(json.length() > 1 ? ",\n" : "\n").append('"').append(doc.name()).append("\": [");
            String sep = "";
            for (TemporalExpression e : found) {
                system.add(new TimeMLDocument.Timex(e.start(), e.end(), e.type().name(), e.value(), e.text()));
                json.append(sep).append(String.format("{\"start\": %d, \"end\": %d, \"type\": \"%s\", \"value\": \"%s\"}",
                        e.start(), e.end(), e.type().name(), e.value().replace("\"", "\\\"")));
                sep = ", ";
            }
            json.append(']');
            score.add(doc.name(), doc.timexes(), system);
        }
        return new Result(score, characters, nanos, files.size(), json.append("\n}\n").toString());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TimeMLEvaluation FOLDER [--errors] [--json FILE]");
            System.exit(2);
        }
        Result r = evaluate(Path.of(args[0]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                r.score().errors.forEach(out::println);
            } else if (args[i].equals("--json") && i + 1 < args.length) {
                Files.writeString(Path.of(args[++i]), r.json(), StandardCharsets.UTF_8);
            }
        }
        out.println(r.documents() + " documents, " + r.characters() + " characters, "
                + String.format("%.0f KB/s (one pass, cold JVM; see bench/ for the JMH figure)",
                        r.characters() / 1024.0 / (r.nanos() / 1e9)));
        out.println(r.score().report());
    }
}
