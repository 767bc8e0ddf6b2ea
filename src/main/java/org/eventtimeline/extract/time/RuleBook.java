package org.eventtimeline.extract.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eventtimeline.extract.Resources;

/**
 * The temporal rules as data: named pieces from {@code patterns.txt}, word lists from {@code words/*.tsv} and the
 * rules of {@code rules.txt}, compiled once. Everything about English dates lives in those files; this class only
 * puts them together.
 */
public final class RuleBook {

    private static final String ROOT = "extract/time/";
    private static final Pattern CAPTURE = Pattern.compile("(?<!\\(\\?)<([a-zA-Z][a-zA-Z0-9]*)(?:=([^<>]+))?>");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern UNEXPANDED = Pattern.compile("(?<!\\(\\?)<[a-zA-Z][a-zA-Z0-9]*=");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<[a-zA-Z][a-zA-Z0-9]*>");
    /** A group written out in a rule, without pieces or look-arounds: "hours|minutes", "days?|weeks?". */
    private static final Pattern WORDS_WRITTEN = Pattern.compile("(?:[^<%(]|\\\\.|\\((?!\\?<?[=!]))+");
    private static final Pattern INCLUDE = Pattern.compile("%([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern EXAMPLE = Pattern.compile("(.+?)\\s+=>\\s+(\\S+)(?:\\s+@\\s+(\\d{4}-\\d{2}-\\d{2}))?");

    /** Marks a need written in a rule rather than named: no piece's name starts with it. */
    private static final String WRITTEN = "=";

    private final Map<String, String> pieces = new HashMap<>();
    private final Map<String, WordList> words = new ConcurrentHashMap<>();
    private final Map<String, Pattern> cues = new ConcurrentHashMap<>();
    private final List<TimexRule> rules;
    private final WordStartFinder trigger;

    private RuleBook() {
        for (String line : Resources.entries(ROOT + "patterns.txt")) {
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalStateException("patterns.txt: expected 'name = regex' in: " + line);
            }
            pieces.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
        }
        rules = List.copyOf(readRules());
        trigger = new WordStartFinder("(?<![\\p{L}\\p{N}])", List.of(new WordStartFinder.Group("trigger",
                piece("trigger", 0))), "", Pattern.CASE_INSENSITIVE);
    }

    private static final class Holder {
        static final RuleBook INSTANCE = new RuleBook();
    }

    /** The rule book, loaded on first use and shared: it is immutable. */
    public static RuleBook standard() {
        return Holder.INSTANCE;
    }

    public List<TimexRule> rules() {
        return rules;
    }

    /** The words one of which every temporal expression contains (piece "trigger" of patterns.txt). */
    WordStartFinder trigger() {
        return trigger;
    }

    /** A piece of patterns.txt as a pattern of its own, for cues that are not temporal expressions ("earnings"). */
    public Pattern cue(String name) {
        return cues.computeIfAbsent(name, n -> Pattern.compile(piece(n, 0), Pattern.CASE_INSENSITIVE));
    }

    /** A word list by name ("month", "unit"...), for turning matched words into values. */
    public WordList words(String name) {
        return words.computeIfAbsent(name, WordList::load);
    }

    private List<TimexRule> readRules() {
        List<TimexRule> result = new ArrayList<>();
        String name = null;
        Map<String, List<String>> fields = new HashMap<>();
        for (String line : Resources.lines(ROOT + "rules.txt")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                if (name != null) {
                    result.add(rule(name, fields));
                }
                name = trimmed.substring(1, trimmed.length() - 1);
                fields = new HashMap<>();
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (name == null || eq < 0) {
                throw new IllegalStateException("rules.txt: expected 'key = value' inside a [rule] block: " + line);
            }
            fields.computeIfAbsent(trimmed.substring(0, eq).trim(), k -> new ArrayList<>())
                    .add(trimmed.substring(eq + 1).trim());
        }
        if (name != null) {
            result.add(rule(name, fields));
        }
        return result;
    }

    private TimexRule rule(String name, Map<String, List<String>> fields) {
        List<String> kind = fields.get("kind");
        List<String> pattern = fields.get("pattern");
        if (kind == null || pattern == null) {
            throw new IllegalStateException("rules.txt: rule [" + name + "] needs a kind and a pattern");
        }
        String regex = expand(pattern.get(0), 0);
        if (UNEXPANDED.matcher(regex).find()) {
            throw new IllegalStateException("rules.txt: rule [" + name + "] has a <group=...> without its closing '>'");
        }
        Pattern compiled;
        try {
            // Expressions start at the start of a word; saying so lets the matcher skip the middle of words at once.
            // They end at the end of one: "the fourth quarterly decline" holds no quarter.
            compiled = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("rules.txt: rule [" + name + "] does not compile: " + e.getMessage(), e);
        }
        List<TimexRule.Example> examples = new ArrayList<>();
        for (String example : fields.getOrDefault("example", List.of())) {
            Matcher m = EXAMPLE.matcher(example);
            if (!m.matches()) {
                throw new IllegalStateException("rules.txt: rule [" + name + "] has a malformed example: " + example);
            }
            examples.add(new TimexRule.Example(m.group(1), m.group(2), m.group(3)));
        }
        List<String> groups = new ArrayList<>();
        Matcher group = GROUP_NAME.matcher(regex);
        while (group.find()) {
            groups.add(group.group(1));
        }
        // words written in the rule first: they are rarer than a piece's, and cheaper to look for
        List<Pattern> needs = new ArrayList<>();
        int written = 0;
        for (String piece : mandatoryPieces(pattern.get(0))) {
            if (piece.startsWith(WRITTEN)) {
                needs.add(written++, cues.computeIfAbsent(piece,
                        p -> Pattern.compile(expand(p.substring(1), 0), Pattern.CASE_INSENSITIVE)));
            } else {
                needs.add(cue(piece));
            }
        }
        return new TimexRule(name, RuleKind.valueOf(kind.get(0).toUpperCase(Locale.ROOT)), compiled, List.copyOf(groups),
                examples, List.copyOf(needs));
    }

    /**
     * The pieces ({@code <name>}, {@code <group=name>}, {@code %name}) that every match of a rule's pattern contains:
     * those outside any optional, repeated-or-none, alternative or look-around group. Word lists that match
     * (almost) anywhere, such as "count", still qualify; they just rule little out. So do groups written out in the
     * rule ({@code <unit=hours|minutes>}, {@code (?<unit>year)}), marked {@link #WRITTEN}, where they hold no piece
     * and no look-around: "hours later" is tried only where "hours" or "minutes" is found.
     */
    private Set<String> mandatoryPieces(String pattern) {
        record Token(String piece, List<Integer> groups) {
        }
        List<Token> tokens = new ArrayList<>();
        Set<Integer> optional = new HashSet<>();
        Map<Integer, Integer> namedFrom = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        open.push(-1); // the whole pattern
        int groups = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                for (i++; i < pattern.length() && pattern.charAt(i) != ']'; i++) {
                    if (pattern.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                int id = groups++;
                open.push(id);
                Matcher named = NAMED_GROUP.matcher(pattern).region(i, pattern.length());
                if (named.lookingAt()) {
                    namedFrom.put(id, named.end());
                }
                if (pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i) || pattern.startsWith("(?<=", i)
                        || pattern.startsWith("(?<!", i)) {
                    optional.add(id); // a look-around: what it names need not be in the match
                }
            } else if (c == ')' && open.size() > 1) {
                int id = open.pop();
                if (optionalAfter(pattern, i + 1)) {
                    optional.add(id);
                } else if (namedFrom.containsKey(id)) {
                    tokens.add(new Token(WRITTEN + pattern.substring(namedFrom.get(id), i), new ArrayList<>(open)));
                }
            } else if (c == '|') {
                optional.add(open.peek());
            } else if ((c == '<' && !pattern.startsWith("(?<", i - 2)) || c == '%') {
                Matcher m = (c == '<' ? CAPTURE : INCLUDE).matcher(pattern).region(i, pattern.length());
                if (m.lookingAt()) {
                    String ref = c == '%' ? m.group(1) : m.group(2) == null ? m.group(1) : m.group(2);
                    if (!optionalAfter(pattern, m.end()) && (isPiece(ref) || c == '<' && m.group(2) != null)) {
                        tokens.add(new Token(isPiece(ref) ? ref : WRITTEN + ref, new ArrayList<>(open)));
                    }
                    i = m.end() - 1;
                }
            }
        }
        Set<String> mandatory = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.piece().startsWith(WRITTEN) && !WORDS_WRITTEN.matcher(t.piece().substring(1)).matches()) {
                continue; // a group holding pieces or look-arounds costs as much to look for as the rule itself
            }
            if (t.groups().stream().noneMatch(optional::contains)) {
                mandatory.add(t.piece());
            }
        }
        return mandatory;
    }

    /** Whether a quantifier that allows none follows: ?, *, {0 */
    private static boolean optionalAfter(String pattern, int at) {
        return at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '*'
                || pattern.startsWith("{0", at));
    }

    /** Replaces {@code <name>}, {@code <group=name>} and {@code %name} by the pieces they stand for. */
    private String expand(String pattern, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("patterns.txt: pieces include each other in a loop near: " + pattern);
        }
        StringBuilder out = new StringBuilder();
        Matcher capture = CAPTURE.matcher(pattern);
        while (capture.find()) {
            String group = capture.group(1);
            String ref = capture.group(2) == null ? group : capture.group(2);
            String body = isPiece(ref) ? piece(ref, depth) : expand(ref, depth + 1);
            capture.appendReplacement(out, Matcher.quoteReplacement("(?<" + group + ">" + body + ")"));
        }
        capture.appendTail(out);
        StringBuilder result = new StringBuilder();
        Matcher include = INCLUDE.matcher(out);
        while (include.find()) {
            include.appendReplacement(result, Matcher.quoteReplacement("(?:" + piece(include.group(1), depth) + ")"));
        }
        include.appendTail(result);
        return result.toString();
    }

    private boolean isPiece(String name) {
        return name.matches("[a-zA-Z][a-zA-Z0-9]*")
                && (pieces.containsKey(name) || Resources.class.getClassLoader()
                        .getResource(ROOT + "words/" + name + ".tsv") != null);
    }

    private String piece(String name, int depth) {
        String regex = pieces.get(name);
        if (regex != null) {
            return expand(regex, depth + 1);
        }
        if (!isPiece(name)) {
            throw new IllegalStateException("rules: unknown piece %" + name);
        }
        return words(name).regex();
    }
}
