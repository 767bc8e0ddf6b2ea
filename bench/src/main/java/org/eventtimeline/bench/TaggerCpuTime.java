package org.eventtimeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

import org.eventtimeline.extract.time.TemporalTagger;

/**
 * The temporal engine's CPU time per pass over the TBAQ corpus, on the tagging thread. On a virtual machine that
 * loses time to its neighbours, JMH's wall-clock figures can vary more than two builds differ; the time the thread
 * itself ran varies far less. Prints one line per pass after four passes to warm up.
 *
 *   java -cp bench/target/benchmarks.jar org.eventtimeline.bench.TaggerCpuTime ../shared/tbaq [passes]
 */
public final class TaggerCpuTime {

    public static void main(String[] args) {
        List<Corpus.Article> articles = Corpus.tbaq(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        TemporalTagger tagger = new TemporalTagger();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = -4; pass < passes; pass++) {
            long before = threads.getCurrentThreadCpuTime();
            int found = 0;
            for (Corpus.Article a : articles) {
                found += tagger.tag(a.text(), a.published()).size();
            }
            long ms = (threads.getCurrentThreadCpuTime() - before) / 1_000_000;
            if (pass >= 0) {
                System.out.printf("pass %d: %d ms of CPU, %d expressions%n", pass + 1, ms, found);
            }
        }
    }
}
