package org.eventtimeline.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a long alternation of words and phrases (the tense cues, the words a date can hold), found as
 * {@link Matcher#find()} finds them, but sooner: Java tries an alternation's branches one after another, look-behinds
 * first, so a hundred branches cost a hundred tries at every word. Here a word start tries only the branches that can
 * begin with its first two letters ({@link RequiredText#prefixes}), in a pattern of their own, made the first time
 * those letters are met.
 *
 * <p>The pattern is {@code before (?:(?<group>branch|branch...)|...) after}, and a match never starts right after an
 * ASCII letter or digit ({@code before} says so with a look-behind such as {@code (?<![\w’'])}): that is what lets
 * the middle of a word be passed over without a try.
 */
final class WordStartFinder {

    /** A named group of branches: which group matched tells what the match is. */
    record Group(String name, String alternation) {
    }

    /** A branch and the one or two letters its matches can start with; null when they can start with anything. */
    private record Branch(String regex, Set<String> starts) {
        /** Whether it may match at a word that starts with these two letters; a second of 0 may be any. */
        boolean mayStartWith(char first, char second) {
            return starts == null || starts.stream().anyMatch(s -> s.charAt(0) == first
                    && (s.length() == 1 || second == 0 || s.charAt(1) == second));
        }
    }

    private static final int ASCII = 128;
    /** A pattern that never matches, for letters no branch can start with. */
    private static final Pattern NONE = Pattern.compile("(?!)");

    private final String before;
    private final String after;
    private final int flags;
    private final List<String> names = new ArrayList<>();
    private final List<List<Branch>> groups = new ArrayList<>();
    /**
     * The pattern for each first two letters (lower case) met so far, by index; a second letter of 0 stands for one
     * not in ASCII. Many share a pattern: those made so far, by their text.
     */
    private final AtomicReferenceArray<Pattern> byStart = new AtomicReferenceArray<>(ASCII * ASCII);
    private final Map<String, Pattern> made = new ConcurrentHashMap<>();
    /** The first characters of branches that are not ASCII, and the branches that may start with anything. */
    private final Set<Character> startsOutsideAscii = new HashSet<>();
    private final Map<Character, Pattern> byStartOutsideAscii = new ConcurrentHashMap<>();
    private final Pattern startingAnyhow;

    WordStartFinder(String before, List<Group> groups, String after, int flags) {
        this.before = before;
        this.after = after;
        this.flags = flags;
        for (Group group : groups) {
            names.add(group.name());
            List<Branch> branches = new ArrayList<>();
            for (String branch : branches(group.alternation())) {
                Set<String> starts = RequiredText.prefixes(branch)
                        .map(p -> Set.copyOf(p.stream().map(s -> s.substring(0, Math.min(2, s.length()))).toList()))
                        .orElse(null);
                branches.add(new Branch(branch, starts));
                if (starts != null) {
                    starts.stream().filter(start -> start.charAt(0) >= ASCII).forEach(
                            start -> startsOutsideAscii.add(start.charAt(0)));
                }
            }
            this.groups.add(branches);
        }
        startingAnyhow = compile(branch -> branch.starts() == null);
    }

    /** Each match in text order, as {@link Matcher#find()} gives them; the matcher is only valid in the call. */
    void forEachMatch(String text, Consumer<Matcher> action) {
        Map<Pattern, Matcher> matchers = new HashMap<>();
        for (int at = 0; at < text.length(); at++) {
            if (at > 0 && isAsciiLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            Pattern p = patternAt(text, at);
            if (p == NONE) {
                continue;
            }
            Matcher m = matchers.computeIfAbsent(p,
                    q -> q.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            if (m.region(at, text.length()).lookingAt()) {
                action.accept(m);
                at = Math.max(at, m.end() - 1);
            }
        }
    }

    /** The one pattern of every branch, whose {@link Matcher#find()} the finder answers as. */
    Pattern whole() {
        return compile(branch -> true);
    }

    /** The pattern for the word that starts at {@code at}, made if it is the first time its letters are met. */
    private Pattern patternAt(String text, int at) {
        char first = RequiredText.lower(text.charAt(at));
        if (first >= ASCII) { // a quotation mark, mostly
            return startsOutsideAscii.contains(first)
                    ? byStartOutsideAscii.computeIfAbsent(first, c -> compile(branch -> branch.mayStartWith(c, (char) 0)))
                    : startingAnyhow;
        }
        char second = at + 1 < text.length() ? RequiredText.lower(text.charAt(at + 1)) : 0;
        second = second < ASCII ? second : 0;
        int index = first * ASCII + second;
        Pattern p = byStart.get(index);
        if (p == null) {
            char last = second;
            p = compile(branch -> branch.mayStartWith(first, last));
            byStart.set(index, p);
        }
        return p;
    }

    private Pattern compile(Predicate<Branch> keep) {
        StringBuilder regex = new StringBuilder(before).append("(?:");
        boolean any = false;
        for (int g = 0; g < groups.size(); g++) {
            List<String> kept = groups.get(g).stream().filter(keep).map(Branch::regex).toList();
            any |= !kept.isEmpty();
            regex.append(g == 0 ? "" : "|").append("(?<").append(names.get(g)).append('>')
                    .append(kept.isEmpty() ? "(?!)" : String.join("|", kept)).append(')');
        }
        return any ? made.computeIfAbsent(regex.append(')').append(after).toString(), r -> Pattern.compile(r, flags))
                : NONE;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < ASCII && Character.isLetterOrDigit(c);
    }

    /** The top-level branches of an alternation: "a|(?:b|c)" gives "a" and "(?:b|c)". */
    static List<String> branches(String alternation) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(alternation.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(alternation.substring(start));
        return branches;
    }
}
