package org.dadkhah.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dadkhah.records.Field;
import org.dadkhah.shared.DateCalendar;
import org.dadkhah.shared.DatePrecision;
import org.dadkhah.shared.PartialDate;
import org.dadkhah.vocabulary.Vocabularies;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Formatting for the templates ({@code ${@display...}}): numbers and dates in the page's language and digits, dates in
 * both calendars with their precision, vocabulary terms and enumeration values by their labels.
 */
@Component("display")
public class Display {

    private static final String[] MONTHS = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
            "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand", "spring", "summer", "autumn", "winter", "before",
            "after"};
    private static final String[] MONTHS_FA = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
            "آبان", "آذر", "دی", "بهمن", "اسفند", "بهار", "تابستان", "پاییز", "زمستان", "پیش از", "پس از"};
    /** Gregorian month names as a date's reading gives them, full before short ("July" before "Jul"). */
    private static final String[] GREGORIAN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] GREGORIAN_FA = {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
            "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "ژانویه", "فوریه", "مارس", "آوریل", "ژوئن", "ژوئیه", "اوت",
            "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final Vocabularies vocabularies;
    private final UiLocaleResolver locales;

    Display(MessageSource messages, Vocabularies vocabularies, UiLocaleResolver locales) {
        this.messages = messages;
        this.vocabularies = vocabularies;
        this.locales = locales;
    }

    /**
     * The formats of the page being written, its language and digits resolved once: for a page that formats hundreds
     * of dates and terms (each {@link Display} method resolves them again on every call).
     */
    public Formats formats() {
        return new Formats(LocaleContextHolder.getLocale(), persianDigits());
    }

    /**
     * A moment (an {@link Instant}, a timestamp or its ISO text) to the minute in UTC, "2026-12-01 05:31 UTC", with
     * the account's digits; other values as text; empty for none.
     */
    public String moment(@Nullable Object value) {
        Instant instant = switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case String text -> parsed(text);
            default -> null;
        };
        return value == null ? "" : digits(instant == null ? value : MOMENT.format(instant));
    }

    private static @Nullable Instant parsed(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A number (or any text) with Persian digits when the account chose them. */
    public String digits(@Nullable Object value) {
        return formats().digits(value);
    }

    /** As {@link Formats#count}. */
    public String count(@Nullable Object value) {
        return formats().count(value);
    }

    /**
     * A partial date's detail ({@code birthDateDetail}) in both calendars at its precision, Solar Hijri first:
     * {@code Mordad 1367 (Jul–Aug 1988)}, {@code Tir–Mordad 1398 (July 2019)}, {@code 7 Mordad 1367 (29 July 1988)} (see
     * {@link PartialDate#toReadableString}); month and season names in Persian on Persian pages.
     */
    public String date(@Nullable Object detail) {
        return formats().date(detail);
    }

    /** A partial date in both calendars at its precision, as {@link #date(Object)} shows a date's detail. */
    public String date(PartialDate date) {
        return formats().date(date);
    }

    /** The label of a vocabulary term in the page's language (the code when the term is unknown). */
    public String term(@Nullable String vocabulary, @Nullable Object code) {
        return formats().term(vocabulary, code);
    }

    /** Formatting in one language and one choice of digits (see {@link Display#formats()}). */
    public final class Formats {

        private final Locale locale;
        private final boolean persian;
        private final boolean persianDigits;

        private Formats(Locale locale, boolean persianDigits) {
            this.locale = locale;
            this.persian = "fa".equals(locale.getLanguage());
            this.persianDigits = persianDigits;
        }

        /** As {@link Display#digits}. */
        public String digits(@Nullable Object value) {
            String text = value == null ? "" : String.valueOf(value);
            if (!persianDigits) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : (char) c));
            return out.toString();
        }

        /**
         * A whole number with its thousands grouped ({@code 30,000}; with Persian digits {@code ۳۰٬۰۰۰}, the Persian
         * thousands separator); anything else as {@link #digits} gives it.
         */
        public String count(@Nullable Object value) {
            if (!(value instanceof Long || value instanceof Integer || value instanceof Short)) {
                return digits(value);
            }
            String grouped = String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
            return digits(persianDigits ? grouped.replace(',', '\u066c') : grouped);
        }

        /** As {@link Display#date}. */
        public String date(@Nullable Object detail) {
            if (!(detail instanceof Map<?, ?> map) || map.get("solarHijri") == null) {
                return message("date.unknown");
            }
            PartialDate date = partial(map);
            return date != null ? date(date)
                    : both(String.valueOf(map.get("solarHijri")), String.valueOf(map.get("gregorian")));
        }

        /** As {@link Display#date(PartialDate)}. */
        public String date(PartialDate date) {
            return both(date.toReadableString(DateCalendar.SOLAR_HIJRI), date.toReadableString(DateCalendar.GREGORIAN));
        }

        private String both(String solarHijri, String inGregorian) {
            String hijri = solarHijri;
            String gregorian = digits(inGregorian);
            if (!persian) {
                return digits(hijri) + " (" + gregorian + ")";
            }
            for (int i = 0; i < GREGORIAN.length; i++) {
                gregorian = gregorian.replace(GREGORIAN[i], GREGORIAN_FA[i]);
            }
            for (int i = 0; i < MONTHS.length; i++) {
                hijri = hijri.replace(MONTHS[i], MONTHS_FA[i]);
                gregorian = gregorian.replace(MONTHS[i], MONTHS_FA[i]);
            }
            return isolated(digits(hijri)) + " (" + isolated(gregorian) + ")";
        }

        /** As {@link Display#term}. */
        public String term(@Nullable String vocabulary, @Nullable Object code) {
            if (vocabulary == null || code == null) {
                return "";
            }
            return vocabularies.term(vocabulary, String.valueOf(code))
                    .map(t -> persian && !t.labelFa().isBlank() ? t.labelFa() : t.labelEn())
                    .orElse(String.valueOf(code));
        }

        /** As {@link Display#value}. */
        public String value(@Nullable Object code) {
            return code == null ? "" : messages.getMessage("enum." + code, null, String.valueOf(code), locale);
        }

        /** As {@link Display#message}. */
        public String message(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }

    /** The partial date a date's detail describes; null when the detail does not hold one whole. */
    private static @Nullable PartialDate partial(Map<?, ?> detail) {
        try {
            return new PartialDate(String.valueOf(detail.get("text")),
                    DateCalendar.valueOf(String.valueOf(detail.get("calendar"))),
                    DatePrecision.valueOf(String.valueOf(detail.get("precision"))), day(detail.get("earliest")),
                    day(detail.get("latest")));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    private static @Nullable LocalDate day(@Nullable Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
    }

    /**
     * Text isolated for direction inside a right-to-left page (as {@code <bdi dir>} would): right-to-left when it holds
     * Persian letters (a month's name), else left-to-right so that {@code 1367-04-10..1367-05-09} keeps its order.
     */
    private static String isolated(String text) {
        boolean letters = text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return (letters ? "\u2067" : "\u2066") + text + "\u2069";
    }

    /**
     * The values an enumeration or vocabulary field may take, each with its label in the page's language: the
     * enumeration's values, or the vocabulary's terms in their order (the active ones only when {@code activeOnly}: a
     * form offers no retired term, a list filter does, for the records that still carry one).
     */
    public List<FormField.Choice> choices(Field field, boolean activeOnly) {
        if (field.kind() == Field.Kind.ENUM) {
            return field.values().stream().map(v -> new FormField.Choice(v, value(v))).toList();
        }
        String vocabulary = Objects.requireNonNull(field.target());
        return vocabularies.terms(vocabulary).stream().filter(t -> !activeOnly || t.active())
                .map(t -> new FormField.Choice(t.code(), term(vocabulary, t.code()))).toList();
    }

    /** The label of an enumeration value ({@code enum.CODE}), the value itself when there is none. */
    public String value(@Nullable Object code) {
        return formats().value(code);
    }

    /** A message of the page's language ({@code messages_en} / {@code messages_fa}), the key when there is none. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public boolean persian() {
        return "fa".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private boolean persianDigits() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && locales.persianDigits(attributes.getRequest());
    }
}
