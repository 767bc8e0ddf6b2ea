package org.eventtimeline.extract;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Literal words as one regular expression that shares their common beginnings ("jan(?:uary|\.)?"), so that a
 * position is tried against a letter at a time instead of word after word. Of two words that both fit, the longer is
 * tried first, as in an alternation of the words longest first.
 */
public final class WordTrie {

    private final Map<Character, WordTrie> next = new TreeMap<>();
    private boolean wordEnds;

    private WordTrie() {
    }

    /**
     * The words as a pattern without a group of its own around it; a space in a word matches one space, or any run
     * of white space when {@code spacesStretch}.
     */
    public static String regex(Collection<String> words, boolean spacesStretch) {
        WordTrie root = new WordTrie();
        words.forEach(root::add);
        return root.regex(spacesStretch);
    }

    private void add(String word) {
        WordTrie node = this;
        for (char c : word.toCharArray()) {
            node = node.next.computeIfAbsent(c, k -> new WordTrie());
        }
        node.wordEnds = true;
    }

    private String regex(boolean spacesStretch) {
        StringBuilder out = new StringBuilder();
        WordTrie node = this;
        while (node.next.size() == 1 && !node.wordEnds) { // a run of letters all the words here share
            Map.Entry<Character, WordTrie> only = node.next.entrySet().iterator().next();
            out.append(literal(only.getKey(), spacesStretch));
            node = only.getValue();
        }
        if (node.next.isEmpty()) {
            return out.toString();
        }
        // greedy: a longer word is tried before the one that ends here
        String branches = node.next.entrySet().stream()
                .map(e -> literal(e.getKey(), spacesStretch) + e.getValue().regex(spacesStretch))
                .collect(Collectors.joining("|", "(?:", ")"));
        return out + branches + (node.wordEnds ? "?" : "");
    }

    private static String literal(char c, boolean spacesStretch) {
        if (c == ' ') {
            return spacesStretch ? "\\s+" : " ";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
