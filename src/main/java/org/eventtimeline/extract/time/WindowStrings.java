package org.eventtimeline.extract.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of many patterns (the rules, and the pieces they need) could match in each window of a text, found for all
 * of them in one pass: a pattern none of whose {@link RequiredText} a window holds cannot match there, and need not
 * be tried. One walk down a tree of every pattern's strings at each position costs less than one pattern tried at
 * each position, and there are nearly three hundred.
 */
final class WindowStrings {

    /** A node of the tree of strings: the characters that go on, and the patterns whose strings end here. */
    private static final class Node {
        char[] chars = new char[0];
        Node[] next = new Node[0];
        int[] patternsEndingHere = new int[0];

        Node child(char c) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return next[i];
                }
            }
            return null;
        }

        void ends(int pattern) {
            if (Arrays.stream(patternsEndingHere).noneMatch(p -> p == pattern)) {
                patternsEndingHere = Arrays.copyOf(patternsEndingHere, patternsEndingHere.length + 1);
                patternsEndingHere[patternsEndingHere.length - 1] = pattern;
            }
        }

        Node addChild(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                chars = Arrays.copyOf(chars, chars.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                chars[chars.length - 1] = c;
                next[next.length - 1] = n;
            }
            return n;
        }
    }

    private static final int ASCII = 128;

    /** The first step from the root for ASCII characters, looked up by index: most positions stop here. */
    private final Node[] rootAscii = new Node[ASCII];
    private final Node root = new Node();
    private final BitSet withStrings = new BitSet();

    WindowStrings(List<Pattern> patterns) {
        for (int pattern = 0; pattern < patterns.size(); pattern++) {
            Optional<Set<String>> strings = RequiredText.of(patterns.get(pattern).pattern());
            if (strings.isEmpty()) {
                continue; // looked for with its pattern in every window
            }
            withStrings.set(pattern);
            for (String s : strings.get()) {
                Node node = root;
                for (char c : s.toCharArray()) {
                    node = node.addChild(c);
                }
                node.ends(pattern);
            }
        }
        for (int i = 0; i < root.chars.length; i++) {
            if (root.chars[i] < ASCII) {
                rootAscii[root.chars[i]] = root.next[i];
            }
        }
    }

    /** The patterns that can be ruled out by their strings, by index. */
    BitSet withStrings() {
        return withStrings;
    }

    /** For each window, the patterns of {@link #withStrings()} one of whose strings it holds. */
    BitSet[] found(String text, List<int[]> windows) {
        BitSet[] found = new BitSet[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            BitSet inWindow = new BitSet();
            int end = windows.get(w)[1];
            for (int at = windows.get(w)[0]; at < end; at++) {
                char first = RequiredText.lower(text.charAt(at));
                Node node = first < ASCII ? rootAscii[first] : root.child(first);
                for (int i = at + 1; node != null; i++) {
                    for (int pattern : node.patternsEndingHere) {
                        inWindow.set(pattern);
                    }
                    node = i < end ? node.child(RequiredText.lower(text.charAt(i))) : null;
                }
            }
            found[w] = inWindow;
        }
        return found;
    }
}
