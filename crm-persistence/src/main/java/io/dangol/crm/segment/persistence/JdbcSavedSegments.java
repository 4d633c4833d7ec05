package io.dangol.crm.segment.persistence;

import io.dangol.crm.segment.SavedSegment;
import io.dangol.crm.segment.SavedSegments;
import io.dangol.crm.segment.SegmentFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcSavedSegments implements SavedSegments {

    private static final String SELECT = "select id, name, owner, shared, filter, created_at, updated_at from saved_segment";

    private final JdbcClient jdbc;

    JdbcSavedSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SavedSegment> visibleTo(String username) {
        return jdbc.sql(SELECT + " where owner = ? or shared order by lower(name), id").param(username)
                .query(JdbcSavedSegments::segment).list();
    }

    @Override
    public Optional<SavedSegment> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(JdbcSavedSegments::segment).optional();
    }

    @Override
    public boolean nameTaken(String owner, String name, Optional<Long> except) {
        return jdbc.sql("select exists (select 1 from saved_segment where owner = ? and name = ? and id <> ?)")
                .params(owner, name, except.orElse(-1L)).query(Boolean.class).single();
    }

    @Override
    public SavedSegment insert(String name, String owner, boolean shared, SegmentFilter filter, Instant at) {
        long id = jdbc.sql("""
                insert into saved_segment (name, owner, shared, filter, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(name, owner, shared, filter.toQueryString(), Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    @Override
    public SavedSegment update(long id, String name, boolean shared, SegmentFilter filter, Instant at) {
        jdbc.sql("update saved_segment set name = ?, shared = ?, filter = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(name, shared, filter.toQueryString(), Timestamp.from(at), id).update();
        return find(id).orElseThrow();
    }

    @Override
    public void delete(long id) {
        jdbc.sql("delete from saved_segment where id = ?").param(id).update();
    }

    private static SavedSegment segment(ResultSet rs, int n) throws SQLException {
        return new SavedSegment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                SegmentFilter.fromQueryString(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
    }
}
