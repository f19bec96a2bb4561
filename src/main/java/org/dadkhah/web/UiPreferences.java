package org.dadkhah.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each account's remembered page language ({@code en} or {@code fa}) and whether numbers use Persian digits. */
@Component
class UiPreferences {

    /** One account's choice. */
    record Preference(String language, boolean persianDigits) {
    }

    private final JdbcClient jdbc;

    UiPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Preference> of(String username) {
        return jdbc.sql("select language, persian_digits from ui_preference where username = ?").param(username)
                .query((rs, n) -> new Preference(rs.getString(1), rs.getBoolean(2))).optional();
    }

    void save(String username, Preference preference) {
        jdbc.sql("""
                insert into ui_preference (username, language, persian_digits) values (?, ?, ?)
                on conflict (username) do update set language = excluded.language,
                persian_digits = excluded.persian_digits""")
                .params(username, preference.language(), preference.persianDigits()).update();
    }
}
