package io.dangol.crm.segment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Saving, editing and deleting segments: a name is required and unique per owner; only the owner changes or
 * deletes a segment (a shared one too); others may read shared ones.
 */
public final class SegmentLibrary {

    static final int MAX_NAME = 100;

    private final SavedSegments segments;
    private final Clock clock;

    public SegmentLibrary(SavedSegments segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    public List<SavedSegment> visibleTo(String username) {
        return segments.visibleTo(username);
    }

    public SavedSegment open(long id, String username) {
        return segments.find(id).filter(segment -> segment.visibleTo(username))
                .orElseThrow(() -> new SegmentRefused(SegmentRefused.Reason.NOT_FOUND));
    }

    /**
     * Saves a new segment. The same segment saved again (a double click: same owner, name, conditions and sharing)
     * is the one already saved, not a second one and not a refusal.
     */
    public SavedSegment save(String name, boolean shared, SegmentFilter filter, String owner) {
        String clean = validName(name);
        Optional<SavedSegment> same = segments.visibleTo(owner).stream()
                .filter(s -> s.owner().equals(owner) && s.name().equals(clean) && s.shared() == shared && s.filter().equals(filter))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        if (segments.nameTaken(owner, clean, Optional.empty())) {
            throw new SegmentRefused(SegmentRefused.Reason.NAME_TAKEN);
        }
        return segments.insert(clean, owner, shared, filter, clock.instant());
    }

    public SavedSegment change(long id, String name, boolean shared, SegmentFilter filter, String username) {
        SavedSegment segment = owned(id, username);
        String clean = validName(name);
        if (segments.nameTaken(segment.owner(), clean, Optional.of(id))) {
            throw new SegmentRefused(SegmentRefused.Reason.NAME_TAKEN);
        }
        return segments.update(id, clean, shared, filter, clock.instant());
    }

    public void delete(long id, String username) {
        owned(id, username);
        segments.delete(id);
    }

    private SavedSegment owned(long id, String username) {
        SavedSegment segment = open(id, username);
        if (!segment.owner().equals(username)) {
            throw new SegmentRefused(SegmentRefused.Reason.NOT_YOURS);
        }
        return segment;
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new SegmentRefused(SegmentRefused.Reason.NAME_MISSING);
        }
        if (clean.length() > MAX_NAME) {
            throw new SegmentRefused(SegmentRefused.Reason.NAME_TOO_LONG);
        }
        return clean;
    }
}
