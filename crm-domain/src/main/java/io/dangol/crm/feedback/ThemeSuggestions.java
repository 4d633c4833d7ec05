package io.dangol.crm.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recurring complaints and suggestions, proposed as themes: among the items not yet in a theme that are negative or
 * suggestions, those of one category sharing a term (a noun Nori finds, or a foreign word) — the largest groups
 * first, each item proposed once.
 */
public final class ThemeSuggestions {

    /** A proposed theme: the category, the shared term, the items, one of them as an example. */
    public record Suggested(VoiceCategory category, String term, List<Long> items, String example) { }

    private ThemeSuggestions() {
    }

    public static List<Suggested> of(List<VoiceQueue.Unthemed> items, int atLeast, int limit) {
        Map<String, List<VoiceQueue.Unthemed>> byTerm = new HashMap<>();
        for (VoiceQueue.Unthemed item : items) {
            if (item.sentiment() != Sentiment.NEGATIVE && item.category() != VoiceCategory.SUGGESTION) {
                continue;
            }
            for (String term : VoiceFeatures.terms(item.text())) {
                byTerm.computeIfAbsent(item.category().name() + "\t" + term, k -> new ArrayList<>()).add(item);
            }
        }
        List<Map.Entry<String, List<VoiceQueue.Unthemed>>> groups = new ArrayList<>(byTerm.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, List<VoiceQueue.Unthemed>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        Set<Long> proposed = new HashSet<>();
        List<Suggested> suggested = new ArrayList<>();
        for (Map.Entry<String, List<VoiceQueue.Unthemed>> group : groups) {
            List<VoiceQueue.Unthemed> fresh = group.getValue().stream().filter(i -> !proposed.contains(i.id())).toList();
            if (fresh.size() < atLeast) {
                continue;
            }
            String[] key = group.getKey().split("\t", 2);
            fresh.forEach(i -> proposed.add(i.id()));
            suggested.add(new Suggested(VoiceCategory.valueOf(key[0]), key[1], fresh.stream().map(VoiceQueue.Unthemed::id).toList(),
                    fresh.get(0).text()));
            if (suggested.size() == limit) {
                break;
            }
        }
        return suggested;
    }
}
