package org.eventtimeline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eventtimeline.extract.NewsExtractor;
import org.eventtimeline.extract.time.TemporalTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the extractor on one thread over the whole TBAQ corpus (256 news documents, 0.53 M characters):
 * one operation is the whole corpus, so MB/s = corpus size / time per operation and documents/s = 256 / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    @Param("../../shared/tbaq")
    public String corpus;

    private List<Corpus.Article> articles;
    private final TemporalTagger tagger = new TemporalTagger();
    private final NewsExtractor extractor = new NewsExtractor();

    @Setup(Level.Trial)
    public void load() {
        articles = Corpus.tbaq(Path.of(corpus));
        System.out.printf("%n[corpus: %d documents, %d characters]%n", articles.size(), Corpus.characters(articles));
    }

    /** Temporal expressions only (the TempEval-3 task). */
    @Benchmark
    public void temporalExpressions(Blackhole sink) {
        for (Corpus.Article a : articles) {
            sink.consume(tagger.tag(a.text(), a.published()));
        }
    }

    /** The whole extraction the service runs on ingest: sentences, dates, people, events. */
    @Benchmark
    public void peopleAndEvents(Blackhole sink) {
        for (Corpus.Article a : articles) {
            sink.consume(extractor.extract(a.text(), a.published()));
        }
    }
}
