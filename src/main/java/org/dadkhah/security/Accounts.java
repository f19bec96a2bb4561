package org.dadkhah.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.shared.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts (Argon2id-hashed passwords) and API tokens (stored only as their SHA-256). */
@Service
public class Accounts {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final Passwords passwords;

    Accounts(JdbcClient jdbc, Sealer sealer, Passwords passwords) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.passwords = passwords;
    }

    /** Turns on the TOTP second factor for an account; returns the otpauth URI to scan into an authenticator app. */
    @Transactional
    public String enableTotp(String username) {
        String secret = Totp.newSecret();
        int updated = jdbc.sql("update app_user set totp_secret = ? where username = ?")
                .params(sealer.seal(secret, "app_user.totp_secret"), username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account " + username);
        }
        return "otpauth://totp/Dadkhah:" + username + "?secret=" + secret + "&issuer=Dadkhah";
    }

    /** The account's TOTP secret, if the second factor is on. */
    Optional<String> totpSecret(String username) {
        return jdbc.sql("select totp_secret from app_user where username = ? and totp_secret is not null")
                .param(username).query(String.class).optional().map(s -> sealer.open(s, "app_user.totp_secret"));
    }

    /** Creates an account; fails if the name is taken or the password is shorter than 12 characters. */
    @Transactional
    public void create(String username, Role role, String password) {
        create(username, role, password, false);
    }

    /**
     * Creates an account, as {@link #create(String, Role, String)}; with {@code mustChangePassword} its password is a
     * temporary one that must be replaced at the first page login.
     */
    @Transactional
    public void create(String username, Role role, String password, boolean mustChangePassword) {
        Passwords.requireStrong(password);
        if (!username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("A username has 1-100 letters, digits or . _ @ -");
        }
        if (exists(username)) {
            throw new IllegalArgumentException("The username " + username + " is taken");
        }
        jdbc.sql("insert into app_user (id, username, password_hash, role, must_change_password) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), username, passwords.hash(password), role.name(), mustChangePassword).update();
    }

    /**
     * Sets a new password for an account and clears its must-change flag; fails for an unknown account or a password
     * shorter than 12 characters.
     */
    @Transactional
    public void setPassword(String username, String password) {
        Passwords.requireStrong(password);
        int updated = jdbc.sql("update app_user set password_hash = ?, must_change_password = false where username = ?")
                .params(passwords.hash(password), username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account " + username);
        }
    }

    /** Whether the account must choose a new password before it may open any page. */
    boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from app_user where username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether an account with this name exists. */
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    /** Whether any account exists (the first start creates an admin when none does). */
    public boolean any() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** Adds an account to a group (for per-record sharing). */
    @Transactional
    public void addToGroup(String username, String group) {
        jdbc.sql("insert into user_group (username, group_name) values (?, ?) on conflict do nothing")
                .params(username, group).update();
    }

    /** Issues an API token for an account; the token itself is returned once and never stored. */
    @Transactional
    public String issueToken(String username, boolean write) {
        UUID userId = jdbc.sql("select id from app_user where username = ? and enabled").param(username)
                .query(UUID.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No active account " + username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "dk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (id, user_id, token_hash, scope) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), userId, hash(token), write ? "write" : "read").update();
        return token;
    }

    /** Revokes a token. */
    @Transactional
    public boolean revokeToken(String token) {
        return jdbc.sql("update api_token set revoked_at = now() where token_hash = ? and revoked_at is null")
                .param(hash(token)).update() > 0;
    }

    /** The caller a token stands for, if it is valid (its last use is recorded to the nearest five minutes). */
    public Optional<Caller> byToken(String token) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                select u.username, u.role, t.scope, t.id,
                       t.last_used_at is null or t.last_used_at < now() - interval '5 minutes' as stale,
                       array(select g.group_name from user_group g where g.username = u.username) as groups
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and u.enabled""")
                .param(hash(token)).query().listOfRows().stream().findFirst();
        row.filter(r -> Boolean.TRUE.equals(r.get("stale")))
                .ifPresent(r -> jdbc.sql("update api_token set last_used_at = now() where id = ?").param(r.get("id")).update());
        return row.map(r -> new Caller((String) r.get("username"), Role.valueOf((String) r.get("role")),
                groupSet(r.get("groups")), "write".equals(r.get("scope"))));
    }

    private static Set<String> groupSet(Object array) {
        try {
            return new HashSet<>(java.util.Arrays.asList((String[]) ((java.sql.Array) array).getArray()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller an account stands for after a password login. */
    public Optional<Caller> byUsername(String username) {
        // One statement for role and groups: every page request checks its session's account with it.
        return jdbc.sql("""
                select a.role, array(select g.group_name from user_group g where g.username = a.username) as groups
                from app_user a where a.username = ? and a.enabled""").param(username)
                .query((rs, i) -> new Caller(username, Role.valueOf(rs.getString("role")),
                        groupSet(rs.getArray("groups")), true))
                .optional();
    }

    /** The password hash of an enabled account (none for an unknown or disabled one). */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and enabled").param(username)
                .query(String.class).optional();
    }

    static String hash(String token) {
        return Hashes.sha256(token);
    }

    /** A random password for a first admin account. */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
