package org.eventtimeline.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void aTitleIsNoGivenName() {
        assertTrue(PersonNames.hasGivenName("Peter Mandelson"));
        assertTrue(PersonNames.hasGivenName("Mary Anne  Evans"));
        assertFalse(PersonNames.hasGivenName("Mandelson"));
        assertFalse(PersonNames.hasGivenName("Lord Mandelson"));
        assertFalse(PersonNames.hasGivenName("Prime Minister Starmer"));
    }

    @Test
    void aNameWithoutAGivenNameFitsEveryoneWithItsSurname() {
        assertTrue(PersonNames.sameFullName("Lord Mandelson", "Peter Mandelson"));
        assertTrue(PersonNames.sameFullName("Jeffery Smith", "Jeffrey Smith"));
        assertFalse(PersonNames.sameFullName("Martin Smith", "Marine Smith"));
        assertFalse(PersonNames.sameFullName("Lord Mandelson", "Peter Hain"));
    }

    @Test
    void aTitleOrGivenNameSaysTheSexWhenNoOtherNameSaysTheOther() {
        assertEquals("f", PersonNames.sexOfNames(List.of("Mrs. Obama", "Obama")));
        assertEquals("m", PersonNames.sexOfNames(List.of("Barack Obama", "Mr Obama")));
        assertNull(PersonNames.sexOfNames(List.of("Obama", "Dr Obama")));
        assertNull(PersonNames.sexOfNames(List.of("Michelle Obama", "Mr Obama")));
    }

    @Test
    void theParticlesBeforeALastNameBelongToTheFamilyName() {
        assertEquals("von der Leyen", PersonNames.surnameOf("Ursula von der Leyen"));
        assertEquals("De Bruyne", PersonNames.surnameOf("Kevin De Bruyne"));
        assertEquals("bin Laden", PersonNames.surnameOf("bin Laden"));
        assertEquals("Dijk", PersonNames.surnameOf("Van Dijk")); // perhaps a given name, as in "Van Morrison"
        assertEquals("Gore", PersonNames.surnameOf("Al Gore"));
        assertFalse(PersonNames.hasGivenName("van Dijk"));
        assertTrue(PersonNames.sameFullName("Virgil van Dijk", "Virgil Van Dijk"));
    }
}
