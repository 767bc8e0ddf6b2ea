package org.eventtimeline.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TempEval-3 Task A figures for TIMEX3, micro-averaged over documents, with the definitions of
 * {@code ../shared/tools/timex_score.py}: one-to-one alignment of overlapping spans (identical spans first, then in
 * document order); relaxed = any overlap, strict = identical span; value F1 = 2 * pairs with the right value /
 * (gold + system), and the same for type.
 */
final class TimexScore {

    /** A pair of aligned gold and system spans. */
    record Pair(TimeMLDocument.Timex gold, TimeMLDocument.Timex system, boolean exact) {
    }

    int gold;
    int system;
    int relaxed;
    int strict;
    int valueRight;
    int typeRight;
    final List<String> errors = new ArrayList<>();

    void add(String document, List<TimeMLDocument.Timex> goldSpans, List<TimeMLDocument.Timex> systemSpans) {
        gold += goldSpans.size();
        system += systemSpans.size();
        List<Pair> pairs = align(goldSpans, systemSpans);
        Set<TimeMLDocument.Timex> pairedGold = new HashSet<>();
        Set<TimeMLDocument.Timex> pairedSystem = new HashSet<>();
        for (Pair p : pairs) {
            pairedGold.add(p.gold());
            pairedSystem.add(p.system());
            relaxed++;
            strict += p.exact() ? 1 : 0;
            boolean value = p.gold().value().equals(p.system().value());
            valueRight += value ? 1 : 0;
            typeRight += p.gold().type().equals(p.system().type()) ? 1 : 0;
            if (!value || !p.exact()) {
                errors.add(String.format("%s\t%s\tgold '%s' %s %s\tsystem '%s' %s %s", document,
                        value ? "SPAN " : "VALUE", p.gold().text(), p.gold().type(), p.gold().value(), p.system().text(),
                        p.system().type(), p.system().value()));
            }
        }
        for (TimeMLDocument.Timex g : goldSpans) {
            if (!pairedGold.contains(g)) {
                errors.add(String.format("%s\tMISS \tgold '%s' %s %s", document, g.text(), g.type(), g.value()));
            }
        }
        for (TimeMLDocument.Timex s : systemSpans) {
            if (!pairedSystem.contains(s)) {
                errors.add(String.format("%s\tEXTRA\tsystem '%s' %s %s", document, s.text(), s.type(), s.value()));
            }
        }
    }

    static List<Pair> align(List<TimeMLDocument.Timex> gold, List<TimeMLDocument.Timex> system) {
        record Candidate(int rank, int goldStart, int systemStart, int g, int s) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                TimeMLDocument.Timex a = gold.get(g);
                TimeMLDocument.Timex b = system.get(s);
                if (Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()) > 0) {
                    boolean exact = a.start() == b.start() && a.end() == b.end();
                    candidates.add(new Candidate(exact ? 0 : 1, a.start(), b.start(), g, s));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::goldStart)
                .thenComparingInt(Candidate::systemStart).thenComparingInt(Candidate::g).thenComparingInt(Candidate::s));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedSystem = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedGold.contains(c.g()) || usedSystem.contains(c.s())) {
                continue;
            }
            usedGold.add(c.g());
            usedSystem.add(c.s());
            pairs.add(new Pair(gold.get(c.g()), system.get(c.s()), c.rank() == 0));
        }
        return pairs;
    }

    double strictF1() {
        return f1(strict);
    }

    double relaxedF1() {
        return f1(relaxed);
    }

    double valueF1() {
        return f1(valueRight);
    }

    double typeF1() {
        return f1(typeRight);
    }

    private double f1(int matches) {
        return gold + system == 0 ? 0 : 2.0 * matches / (gold + system);
    }

    String report() {
        return String.format("""
                gold %d, system %d
                strict   P %.2f  R %.2f  F1 %.2f
                relaxed  P %.2f  R %.2f  F1 %.2f
                value F1 %.2f  (value accuracy %.2f)
                type F1  %.2f  (type accuracy %.2f)""", gold, system,
                100.0 * strict / Math.max(1, system), 100.0 * strict / Math.max(1, gold), 100 * strictF1(),
                100.0 * relaxed / Math.max(1, system), 100.0 * relaxed / Math.max(1, gold), 100 * relaxedF1(),
                100 * valueF1(), 100.0 * valueRight / Math.max(1, relaxed), 100 * typeF1(),
                100.0 * typeRight / Math.max(1, relaxed));
    }
}
