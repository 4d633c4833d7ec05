package io.dangol.crm.api.persistence;

import io.dangol.crm.api.ApiScope;
import io.dangol.crm.api.ApiToken;
import io.dangol.crm.api.ApiTokens;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiTokens implements ApiTokens {

    private static final String SELECT = """
            select id, name, source_system, prefix, scopes, created_by, created_at, last_used_at, revoked_at from api_token""";

    private final JdbcClient jdbc;

    JdbcApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(String name, String sourceSystem, String secretHash, String prefix, Set<ApiScope> scopes,
                    String createdBy, Instant at) {
        String codes = scopes.stream().map(ApiScope::name).sorted().collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                insert into api_token (name, source_system, token_hash, prefix, scopes, created_by, created_at)
                values (?, ?, ?, ?, ?::text[], ?, ?) returning id""")
                .params(name, sourceSystem, secretHash, prefix, codes, createdBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return jdbc.sql(SELECT + " where token_hash = ?").param(secretHash).query(JdbcApiTokens::token).optional();
    }

    @Override
    public List<ApiToken> all() {
        return jdbc.sql(SELECT + " order by revoked_at is not null, id desc").query(JdbcApiTokens::token).list();
    }

    @Override
    public boolean revoke(long id, String revokedBy, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), revokedBy, id).update() == 1;
    }

    @Override
    public void used(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("scopes");
        Set<ApiScope> scopes = Arrays.stream((String[]) array.getArray()).map(ApiScope::valueOf).collect(Collectors.toSet());
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("source_system"), rs.getString("prefix"),
                scopes, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant));
    }
}
