package io.dangol.crm.segment;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where saved segments are kept. The rules about who may change what live in {@link SegmentLibrary}. */
@WritePort
public interface SavedSegments {

    /** The user's own segments and everyone's shared ones, by name. */
    List<SavedSegment> visibleTo(String username);

    Optional<SavedSegment> find(long id);

    boolean nameTaken(String owner, String name, Optional<Long> except);

    SavedSegment insert(String name, String owner, boolean shared, SegmentFilter filter, Instant at);

    SavedSegment update(long id, String name, boolean shared, SegmentFilter filter, Instant at);

    void delete(long id);
}
