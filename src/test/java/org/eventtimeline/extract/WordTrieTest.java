package org.eventtimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordTrieTest {

    @Test
    void theWordsShareTheirBeginningsAndMatchAsWritten() {
        String regex = WordTrie.regex(List.of("began", "begun", "brought", "o'clock", "set up"), false);
        assertEquals("(?:b(?:eg(?:an|un)|rought)|o\\'clock|set up)", regex);
        Pattern any = Pattern.compile(regex);
        for (String word : List.of("began", "begun", "brought", "o'clock", "set up")) {
            assertTrue(any.matcher(word).matches(), word);
        }
        assertFalse(any.matcher("begin").matches());
        assertFalse(any.matcher("set  up").matches());
        assertTrue(Pattern.compile(WordTrie.regex(List.of("set up"), true)).matcher("set  up").matches());
    }

    @Test
    void theLongerOfTwoWordsThatFitIsTriedFirst() {
        Matcher m = Pattern.compile(WordTrie.regex(List.of("jan", "january", "jan."), false)).matcher("january 5");
        assertTrue(m.lookingAt());
        assertEquals("january", m.group());
    }
}
