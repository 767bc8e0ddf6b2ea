package org.eventtimeline.extract;

import java.time.LocalDate;
import java.util.List;

import org.eventtimeline.extract.event.EventBuilder;
import org.eventtimeline.extract.event.ExtractedEvent;
import org.eventtimeline.extract.people.PersonMention;
import org.eventtimeline.extract.people.PersonRecognizer;
import org.eventtimeline.extract.people.PersonResolver;
import org.eventtimeline.extract.text.Sentence;
import org.eventtimeline.extract.text.SentenceSplitter;
import org.eventtimeline.extract.time.TemporalExpression;
import org.eventtimeline.extract.time.TemporalTagger;

/** The extractor for English news: sentences, then dates, people and the events they make. */
public final class NewsExtractor implements Extractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TemporalTagger tagger = new TemporalTagger();
    private final PersonRecognizer recognizer = new PersonRecognizer();
    private final PersonResolver resolver = new PersonResolver();
    private final EventBuilder events = new EventBuilder();

    @Override
    public Extraction extract(String text, LocalDate publishedAt) {
        List<Sentence> sentences = splitter.split(text);
        List<TemporalExpression> expressions = tagger.tag(text, sentences, publishedAt);
        List<PersonMention> mentions = recognizer.find(text, sentences);
        PersonResolver.Resolution people = resolver.resolve(mentions, text);
        List<ExtractedEvent> found = events.build(text, sentences, expressions, mentions, people.byMention());
        return new Extraction(expressions, people.people(), found);
    }
}
