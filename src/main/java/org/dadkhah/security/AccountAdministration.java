package org.dadkhah.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts and API tokens beyond creating them ({@link Accounts}): list accounts with
 * their role, groups, state and second factor; change the role; set the groups; disable and enable; remove the second
 * factor; list an account's tokens (never their secret) and revoke one by its id. Callers check that the caller is an
 * administrator and audit what they do.
 */
@Service
public class AccountAdministration {

    /** An account as an administrator sees it (no password hash, no TOTP secret). */
    public record Account(String username, Role role, Set<String> groups, boolean enabled, boolean secondFactor,
            boolean mustChangePassword, Instant createdAt) {
    }

    /** An API token as an administrator sees it: its id and state, never the token or its hash. */
    public record Token(UUID id, String username, String scope, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        /** Whether the token still works (not revoked). */
        public boolean active() {
            return revokedAt == null;
        }
    }

    private static final String GROUP = "[\\p{L}\\p{N}._@-]{1,100}";

    private final JdbcClient jdbc;

    AccountAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every account, by name. */
    public List<Account> accounts() {
        return jdbc.sql("""
                select u.username, u.role, u.enabled, u.totp_secret is not null as totp, u.must_change_password,
                       u.created_at, array(select g.group_name from user_group g where g.username = u.username
                                           order by 1) as groups
                from app_user u order by u.username""")
                .query((rs, n) -> new Account(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        new TreeSet<>(List.of((String[]) rs.getArray("groups").getArray())), rs.getBoolean("enabled"),
                        rs.getBoolean("totp"), rs.getBoolean("must_change_password"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** One account, if it exists. */
    public java.util.Optional<Account> account(String username) {
        return accounts().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** Changes an account's role (it applies at the account's next login and to its tokens at once). */
    @Transactional
    public void setRole(String username, Role role) {
        require(jdbc.sql("update app_user set role = ? where username = ?").params(role.name(), username).update(),
                username);
    }

    /** Enables or disables an account: a disabled one cannot log in and its tokens stop working. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        require(jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update(),
                username);
    }

    /**
     * Sets the account's groups to exactly {@code groups} (names of letters, digits and {@code . _ @ -}); fails on
     * an unknown account or an invalid name, changing nothing.
     */
    @Transactional
    public void setGroups(String username, Collection<String> groups) {
        for (String group : groups) {
            if (!group.matches(GROUP)) {
                throw new IllegalArgumentException("A group name has 1-100 letters, digits or . _ @ -: " + group);
            }
        }
        require(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
                .single().intValue(), username);
        jdbc.sql("delete from user_group where username = ?").param(username).update();
        for (String group : new TreeSet<>(groups)) {
            jdbc.sql("insert into user_group (username, group_name) values (?, ?)").params(username, group).update();
        }
    }

    /** Removes the account's second factor (for a lost authenticator; {@link Accounts#enableTotp} sets a new one). */
    @Transactional
    public void removeSecondFactor(String username) {
        require(jdbc.sql("update app_user set totp_secret = null where username = ?").param(username).update(),
                username);
    }

    /** The account's tokens, newest first. */
    public List<Token> tokens(String username) {
        return jdbc.sql("""
                select t.id, u.username, t.scope, t.created_at, t.last_used_at, t.revoked_at
                from api_token t join app_user u on u.id = t.user_id where u.username = ?
                order by t.created_at desc, t.id""")
                .param(username)
                .query((rs, n) -> new Token(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("scope"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the account's tokens by its id; false when it has no such active token. */
    @Transactional
    public boolean revokeToken(String username, UUID token) {
        return jdbc.sql("""
                update api_token set revoked_at = now() where id = ? and revoked_at is null
                and user_id = (select id from app_user where username = ?)""")
                .params(token, username).update() > 0;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void require(int updated, String username) {
        if (updated == 0) {
            throw new IllegalArgumentException("No account " + username);
        }
    }
}
