package org.eventtimeline.extract.time;

/** The four TIMEX3 types of TimeML. Only DATE and TIME can anchor an event. */
public enum TimexType {
    DATE, TIME, DURATION, SET;

    public boolean isPointInTime() {
        return this == DATE || this == TIME;
    }
}
