package org.eventtimeline.extract.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the pieces the rules need could be in each window of a text, found for all of them in one pass: a piece
 * none of whose {@link RequiredText} a window holds is not there, and its pattern need not be tried. One walk down a
 * tree of every piece's strings at each position costs less than one pattern tried at each position, and the rules
 * need a hundred pieces.
 */
final class WindowStrings {

    /** A node of the tree of strings: the characters that go on, and the pieces whose strings end here. */
    private static final class Node {
        char[] chars = new char[0];
        Node[] next = new Node[0];
        int[] piecesEndingHere = new int[0];

        Node child(char c) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return next[i];
                }
            }
            return null;
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

    WindowStrings(List<Pattern> pieces) {
        for (int piece = 0; piece < pieces.size(); piece++) {
            Optional<Set<String>> strings = RequiredText.of(pieces.get(piece).pattern());
            if (strings.isEmpty()) {
                continue; // looked for with its pattern in every window
            }
            withStrings.set(piece);
            for (String s : strings.get()) {
                Node node = root;
                for (char c : s.toCharArray()) {
                    node = node.addChild(c);
                }
                int p = piece;
                if (Arrays.stream(node.piecesEndingHere).noneMatch(q -> q == p)) {
                    node.piecesEndingHere = Arrays.copyOf(node.piecesEndingHere, node.piecesEndingHere.length + 1);
                    node.piecesEndingHere[node.piecesEndingHere.length - 1] = piece;
                }
            }
        }
        for (int i = 0; i < root.chars.length; i++) {
            if (root.chars[i] < ASCII) {
                rootAscii[root.chars[i]] = root.next[i];
            }
        }
    }

    /** The pieces that can be ruled out by their strings. */
    BitSet withStrings() {
        return withStrings;
    }

    /** For each window, the pieces of {@link #withStrings()} one of whose strings it holds. */
    BitSet[] found(String text, List<int[]> windows) {
        BitSet[] found = new BitSet[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            BitSet inWindow = new BitSet();
            int end = windows.get(w)[1];
            for (int at = windows.get(w)[0]; at < end; at++) {
                char first = RequiredText.lower(text.charAt(at));
                Node node = first < ASCII ? rootAscii[first] : root.child(first);
                for (int i = at + 1; node != null; i++) {
                    for (int piece : node.piecesEndingHere) {
                        inWindow.set(piece);
                    }
                    node = i < end ? node.child(RequiredText.lower(text.charAt(i))) : null;
                }
            }
            found[w] = inWindow;
        }
        return found;
    }
}
