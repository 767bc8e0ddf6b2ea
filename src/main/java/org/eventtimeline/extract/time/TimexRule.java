package org.eventtimeline.extract.time;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of rules.txt: a pattern, the kind of value it makes, and the examples that document it. {@code needs}
 * holds patterns of pieces that every match of the rule contains (a month name, a weekday...): where none of one is
 * found, the rule cannot match and is not tried.
 */
public record TimexRule(String name, RuleKind kind, Pattern pattern, List<String> groups, List<Example> examples,
        List<Pattern> needs) {

    /** "TEXT => VALUE [@ PUBLICATION-DATE]": tagging TEXT must produce an expression with VALUE. */
    public record Example(String text, String value, String publishedAt) {
    }
}
