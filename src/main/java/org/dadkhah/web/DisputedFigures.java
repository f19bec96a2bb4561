package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the figure claims about events disagree: for each event, every quantity counted (killed, executed...) whose
 * claims give different figures, told as the span of all their figures and how many claims there are, in the order
 * the claims come. Never one merged number: the event's page shows each claim with its source.
 */
final class DisputedFigures {

    private DisputedFigures() {
    }

    /** The disagreeing quantities of each event with any, as text ("Executed: 30,000 to 120,000 (5 claims)"). */
    static Map<UUID, List<String>> of(List<Map<String, Object>> claims, Display.Formats formats) {
        Map<UUID, Map<String, List<Map<String, Object>>>> byEvent = new LinkedHashMap<>();
        for (Map<String, Object> claim : claims) {
            byEvent.computeIfAbsent((UUID) claim.get("subjectId"), e -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.toString(claim.get("counted")), c -> new ArrayList<>()).add(claim);
        }
        Map<UUID, List<String>> disputed = new LinkedHashMap<>();
        byEvent.forEach((event, byCounted) -> byCounted.forEach((counted, list) -> {
            if (list.stream().map(c -> c.get("low") + "-" + c.get("high")).collect(Collectors.toSet()).size() > 1) {
                disputed.computeIfAbsent(event, e -> new ArrayList<>()).add(span(counted, list, formats));
            }
        }));
        return disputed;
    }

    private static String span(String counted, List<Map<String, Object>> claims, Display.Formats formats) {
        List<Long> figures = claims.stream().flatMap(c -> Stream.of(c.get("low"), c.get("high")))
                .filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).sorted().toList();
        String low = figures.isEmpty() ? "?" : formats.count(figures.get(0));
        String high = figures.isEmpty() ? "?" : formats.count(figures.get(figures.size() - 1));
        return formats.message("home.disputedSpan", formats.term("COUNTED", counted), low, high,
                formats.count(claims.size()));
    }
}
