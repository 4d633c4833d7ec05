package io.dangol.crm.web;

import java.util.List;
import java.util.Set;

/** The menu: each entry says which roles see it; the security rules enforce the same. */
final class Navigation {

    record Item(String path, String labelKey, Set<String> roles) { }

    static final List<Item> ITEMS = List.of(
            new Item("/", "nav.home", Set.of("ADMIN", "MARKETING", "SALES", "SERVICE")),
            new Item("/customers", "nav.customers", Set.of("ADMIN", "MARKETING", "SALES", "SERVICE")),
            new Item("/calls/incoming", "nav.calls", Set.of("SALES", "SERVICE")),
            new Item("/cases", "nav.cases", Set.of("ADMIN", "SERVICE", "SALES")),
            new Item("/voice", "nav.voice", Set.of("ADMIN", "MARKETING", "SERVICE")),
            new Item("/voice/themes", "nav.themes", Set.of("ADMIN", "MARKETING", "SALES", "SERVICE")),
            new Item("/follow-ups", "nav.followUps", Set.of("SALES", "SERVICE")),
            new Item("/worklist", "nav.worklist", Set.of("ADMIN", "SALES")),
            new Item("/duplicates", "nav.duplicates", Set.of("ADMIN", "SERVICE")),
            new Item("/upkeep", "nav.upkeep", Set.of("ADMIN", "MARKETING", "SALES", "SERVICE")),
            new Item("/moments", "nav.moments", Set.of("ADMIN", "MARKETING", "SALES")),
            new Item("/marketing", "nav.marketing", Set.of("ADMIN", "MARKETING")),
            new Item("/segments", "nav.segments", Set.of("ADMIN", "MARKETING")),
            new Item("/campaigns", "nav.campaigns", Set.of("ADMIN", "MARKETING")),
            new Item("/churn-radar", "nav.radar", Set.of("ADMIN", "MARKETING", "SALES")),
            new Item("/admin/scoring", "nav.scoring", Set.of("ADMIN")),
            new Item("/admin/import", "nav.import", Set.of("ADMIN")),
            new Item("/admin/api-tokens", "nav.apiTokens", Set.of("ADMIN")),
            new Item("/admin/users", "nav.users", Set.of("ADMIN")),
            new Item("/admin/access-log", "nav.accessLog", Set.of("ADMIN")));

    private Navigation() {
    }

    static List<Item> visibleTo(Set<String> roles) {
        return ITEMS.stream().filter(item -> item.roles().stream().anyMatch(roles::contains)).toList();
    }
}
