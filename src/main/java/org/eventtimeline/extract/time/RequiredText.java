package org.eventtimeline.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The strings one of which every match of a regular expression contains, in lower case ("january", "jan." and "jan"
 * for a month's name): where none of them is in a text, the expression cannot match there, and a look for a few
 * strings is much cheaper than a regular expression tried at every position. Only what is sure is kept: a wide
 * character class ("\s", "[a-z]"), a part that may be missing or anything not understood contributes no string,
 * and an expression that could match without any string long enough to be worth looking for has none
 * ({@link Optional#empty()}).
 *
 * <p>Letters are lowered the way a case-insensitive pattern compares them (ASCII only), so that a text lowered the
 * same way holds a string wherever the pattern could match, in any case.
 */
final class RequiredText {

    /** More strings than this are not worth looking for one by one; a shorter list is looked for instead. */
    private static final int MAX_STRINGS = 400;
    /** Strings shorter than this are everywhere: looking for them rules nothing out. */
    private static final int MIN_LENGTH = 3;

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final String regex;
    private int at;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /** The strings, when every match surely holds one of them and each is long enough to be worth looking for. */
    static Optional<Set<String>> of(String regex) {
        Part whole = read(regex);
        Set<String> strings = whole == null ? null : whole.required();
        return strings != null && strings.stream().allMatch(s -> s.length() >= MIN_LENGTH)
                ? Optional.of(Set.copyOf(strings)) : Optional.empty();
    }

    /**
     * Strings one of which every match starts with, in lower case, when the expression says so for every match
     * ("begins?|starts?" starts with "begin" or "start"); empty when a match could start with anything.
     */
    static Optional<Set<String>> prefixes(String regex) {
        Part whole = read(regex);
        return whole != null && !whole.prefix().contains("") ? Optional.of(Set.copyOf(whole.prefix()))
                : Optional.empty();
    }

    /** What is known of the whole expression, or null where it holds what this reader does not understand. */
    private static Part read(String regex) {
        try {
            RequiredText parser = new RequiredText(regex);
            Part whole = parser.alternation();
            return parser.at == regex.length() ? whole : null; // not past an unmatched ')'
        } catch (RuntimeException e) {
            return null; // a construct this reader does not know: look with the pattern itself
        }
    }

    /**
     * What is known of a part of the pattern: every string it can match ({@code exact}, when few), strings one of
     * which each of its matches starts with ({@code prefix}; the empty string when nothing is known), and strings one
     * of which each of its matches contains ({@code contained}, or null).
     */
    private record Part(Set<String> exact, Set<String> prefix, Set<String> contained) {

        static final Part UNKNOWN = new Part(null, Set.of(""), null);
        static final Part EMPTY = new Part(Set.of(""), Set.of(""), null);

        static Part exactly(Set<String> strings) {
            return strings.size() > MAX_STRINGS ? UNKNOWN : new Part(strings, strings, null);
        }

        /** The most telling strings a match surely holds, or null. */
        Set<String> required() {
            return best(Arrays.asList(exact, prefix, contained));
        }
    }

    /** Of sets of strings one of which a match holds, the one whose shortest string is longest; null if none. */
    private static Set<String> best(List<Set<String>> sets) {
        return sets.stream().filter(set -> set != null && !set.contains(""))
                .max(Comparator.comparingInt(RequiredText::shortest).thenComparing(set -> -set.size())).orElse(null);
    }

    /** Alternatives: a match holds one of the strings of the alternative it took. */
    private Part alternation() {
        List<Part> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = union(branches, Part::exact);
        Set<String> prefix = union(branches, Part::prefix);
        return new Part(exact, prefix != null ? prefix : Set.of(""), union(branches, Part::required));
    }

    /** Every branch's strings together, or null when a branch has none or there are too many. */
    private static Set<String> union(List<Part> branches, Function<Part, Set<String>> strings) {
        Set<String> all = new LinkedHashSet<>();
        for (Part branch : branches) {
            Set<String> some = strings.apply(branch);
            if (some == null) {
                return null;
            }
            all.addAll(some);
        }
        return all.size() <= MAX_STRINGS ? all : null;
    }

    /**
     * Parts one after another: runs of exact parts join into longer strings ("jan" then "uary" or "." or nothing),
     * and a run goes on into the beginnings of the part after it ("th" then "at" or "is" and something unknown).
     */
    private Part sequence() {
        Set<String> run = Set.of("");
        Set<String> prefix = null;
        List<Set<String>> candidates = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Part part = quantified(atom());
            Set<String> joined = join(run, part.exact() != null ? part.exact() : part.prefix());
            if (part.exact() != null && joined != null) {
                run = joined;
                continue;
            }
            Set<String> head = joined != null ? joined : run;
            candidates.add(head);
            if (prefix == null) {
                prefix = head;
            }
            candidates.add(part.contained());
            run = part.exact() != null ? part.exact() : Set.of("");
        }
        if (prefix == null) {
            return Part.exactly(run);
        }
        candidates.add(run);
        return new Part(null, prefix, best(candidates));
    }

    private static int shortest(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    private static Set<String> join(Set<String> before, Set<String> after) {
        if ((long) before.size() * after.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> joined = new LinkedHashSet<>();
        for (String b : before) {
            for (String a : after) {
                joined.add(b + a);
            }
        }
        return joined;
    }

    /** A quantifier after a part: one that allows none makes it optional; one that repeats it keeps what it holds. */
    private Part quantified(Part part) {
        if (at >= regex.length()) {
            return part;
        }
        char c = regex.charAt(at);
        Part result;
        if (c == '?') {
            at++;
            result = part.exact() != null ? Part.exactly(union(part.exact(), Set.of(""))) : Part.UNKNOWN;
        } else if (c == '*') {
            at++;
            result = Part.UNKNOWN;
        } else if (c == '+') {
            at++;
            result = repeated(part);
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            at = close + 1;
            result = Integer.parseInt(bounds[0].trim()) == 0 ? Part.UNKNOWN : repeated(part);
        } else {
            return part;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings
        }
        return result;
    }

    /** A part once or more: every match starts as the part does and holds what it holds. */
    private static Part repeated(Part part) {
        return new Part(null, part.prefix(), part.required());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private Part atom() {
        char c = regex.charAt(at);
        if (c == '(') {
            return group();
        }
        if (c == '[') {
            return characterClass();
        }
        if (c == '\\') {
            return escape();
        }
        at++;
        if (c == '.' || c == '^' || c == '$') {
            return c == '.' ? Part.UNKNOWN : Part.EMPTY;
        }
        if ("*+?{".indexOf(c) >= 0) {
            throw new IllegalArgumentException("a quantifier with nothing before it");
        }
        return Part.exactly(Set.of(lower(String.valueOf(c))));
    }

    private Part group() {
        at++; // (
        boolean lookAround = false;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?:", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                lookAround = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                lookAround = true;
            } else if (regex.startsWith("?>", at)) {
                at += 2; // atomic: the same strings
            } else if (regex.startsWith("?<", at)) {
                at = regex.indexOf('>', at) + 1; // a named group
            } else {
                int end = at + 1; // flags: (?i) or (?-i:
                while (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == '-') {
                    end++;
                }
                if (regex.substring(at, end).contains("x")) {
                    throw new IllegalArgumentException("comments mode"); // spaces would not be literal
                }
                boolean alone = regex.charAt(end) == ')';
                at = end + 1;
                if (alone) {
                    return Part.EMPTY;
                }
            }
        }
        Part inside = alternation();
        if (regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        return lookAround ? Part.EMPTY : inside; // a look-around holds no characters of the match
    }

    /** Characters a class may stand for, one by one: "[ap]", "[’']", "[0-5]"; a longer list says little. */
    private static final int MAX_CLASS = 10;

    /** A class that lists a few characters stands for them; otherwise nothing is known. */
    private Part characterClass() {
        int end = at + 1;
        boolean simple = regex.charAt(end) != '^';
        Set<String> chars = new LinkedHashSet<>();
        for (int depth = 1;; end++) {
            char c = regex.charAt(end);
            if (c == '\\') {
                char escaped = regex.charAt(++end);
                simple &= !Character.isLetterOrDigit(escaped); // \d, \s, \p{L}, \x{..}: classes of their own
                chars.add(lower(String.valueOf(escaped)));
            } else if (c == '[') {
                depth++;
                simple = false;
            } else if (c == ']' && --depth == 0) {
                break;
            } else if (regex.charAt(end + 1) == '-' && regex.charAt(end + 2) != ']') {
                char last = regex.charAt(end + 2);
                simple &= last != '\\' && last != '[' && last - c < MAX_CLASS;
                for (char x = c; x <= last && simple; x++) {
                    chars.add(lower(String.valueOf(x)));
                }
                end += 2;
            } else {
                simple &= c != '&'; // an intersection
                chars.add(lower(String.valueOf(c)));
            }
        }
        at = end + 1;
        return simple && chars.size() <= MAX_CLASS ? Part.exactly(chars) : Part.UNKNOWN;
    }

    private Part escape() {
        char c = regex.charAt(at + 1);
        at += 2;
        if ("bBAzZG".indexOf(c) >= 0) {
            return Part.EMPTY; // a boundary: no characters
        }
        if (c == 'd') {
            return Part.exactly(DIGITS);
        }
        if ("DsSwWhHvVRX".indexOf(c) >= 0) {
            return Part.UNKNOWN;
        }
        if (c == 'p' || c == 'P' || c == 'x') {
            at = regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + (c == 'x' ? 2 : 1);
            return Part.UNKNOWN;
        }
        if (Character.isLetterOrDigit(c)) {
            // \Q...\E, \k<name>, \u0041, \1 ...: what follows is not read as this reader would read it
            throw new IllegalArgumentException("escape not understood: \\" + c);
        }
        return Part.exactly(Set.of(String.valueOf(c)));
    }

    /** Lower case as a case-insensitive pattern compares: ASCII letters only. */
    static String lower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(lower(s.charAt(i)));
        }
        return out.toString();
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
