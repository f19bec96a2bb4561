package org.dadkhah.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Posts held as Gantt-style bars for a server-rendered SVG (no script): each post from the earliest day its start may
 * be to the latest day its end may be, on an axis of Gregorian years; a post whose start or end is unknown runs to
 * the axis' edge and fades out towards that side, and a post with neither known is hatched across the whole axis, so
 * that no bar claims more than its sources say. Every bar also carries its dates as text (both calendars). On a
 * right-to-left page the axis runs from right to left, as the page reads.
 *
 * @param width the drawing's width in SVG units
 * @param bars one per post, in timeline order
 * @param ticks the years marked on the axis
 */
record PostBars(int width, List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 1000;

    /**
     * One post: its label, link, dates as text, and its bar's position in SVG units; {@code openLeft} and
     * {@code openRight} tell which drawn side is unknown (the end is the left one on a right-to-left page).
     */
    record Bar(String label, String href, String span, double x, double length, boolean openLeft, boolean openRight) {

        /**
         * The paint of a bar with an unknown side, one of the page's SVG definitions (a fade towards the unknown side,
         * hatching when neither is known); null for a bar whose start and end are known (the stylesheet's colour).
         */
        public @Nullable String openPaint() {
            if (openLeft && openRight) {
                return "url(#gantt-unknown)";
            }
            return openRight ? "url(#gantt-open-end)" : openLeft ? "url(#gantt-open-start)" : null;
        }
    }

    /** One year on the axis, at {@code x}. */
    record Tick(String year, double x) {
    }

    /**
     * The bars of {@code posts}, labelled by title and organisation; an organisation's label is taken from
     * {@code labels} (the page's, in its script) when there, else from the post's own representation.
     */
    static PostBars of(List<Map<String, Object>> posts, Display display, Map<UUID, String> labels) {
        List<LocalDate> known = posts.stream().flatMap(p -> Stream.of(PerpetratorView.day(p, "from", "earliest"),
                PerpetratorView.day(p, "to", "latest"))).filter(Objects::nonNull).sorted().toList();
        if (posts.isEmpty()) {
            return new PostBars(WIDTH, List.of(), List.of());
        }
        LocalDate first = known.isEmpty() ? LocalDate.now().minusYears(1) : known.get(0).withDayOfYear(1);
        LocalDate last = known.isEmpty() ? LocalDate.now() : known.get(known.size() - 1).plusYears(1).withDayOfYear(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        boolean rtl = display.persian();
        List<Bar> bars = new ArrayList<>();
        for (Map<String, Object> post : posts) {
            LocalDate from = PerpetratorView.day(post, "from", "earliest");
            LocalDate to = PerpetratorView.day(post, "to", "latest");
            double x = from == null ? 0 : ChronoUnit.DAYS.between(first, from) / days * WIDTH;
            double end = to == null ? WIDTH : (ChronoUnit.DAYS.between(first, to) + 1) / days * WIDTH;
            double length = Math.max(4, end - x);
            bars.add(new Bar(post.get("title") + " · " + label(post, labels), "/posts/" + post.get("id"),
                    span(post, display), round(rtl ? WIDTH - x - length : x), round(length),
                    rtl ? to == null : from == null, rtl ? from == null : to == null));
        }
        List<Tick> ticks = new ArrayList<>();
        int years = last.getYear() - first.getYear();
        int step = Math.max(1, (int) Math.ceil(years / 8.0));
        for (int year = first.getYear(); year <= last.getYear(); year += step) {
            double x = ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) / days * WIDTH;
            ticks.add(new Tick(display.digits(year), round(rtl ? WIDTH - x : x)));
        }
        return new PostBars(WIDTH, bars, ticks);
    }

    /** A post's dates in both calendars: "from – to", with "?" for an unknown side; one date when both are the same. */
    static String span(Map<String, Object> post, Display display) {
        Object from = post.get("fromDetail");
        Object to = post.get("toDetail");
        return sameSpan(from, to) ? side(from, display) : side(from, display) + " – " + side(to, display);
    }

    /** Whether two dates' details stand for the same days (a post held "from 1988 to 1988"). */
    static boolean sameSpan(@Nullable Object from, @Nullable Object to) {
        return from instanceof Map<?, ?> a && to instanceof Map<?, ?> b && a.get("earliest") != null
                && Objects.equals(a.get("earliest"), b.get("earliest"))
                && Objects.equals(a.get("latest"), b.get("latest"));
    }

    private static String side(@Nullable Object detail, Display display) {
        return detail == null ? "?" : display.date(detail);
    }

    private static String label(Map<String, Object> post, Map<UUID, String> labels) {
        Object label = post.get("organisation") instanceof UUID id && labels.containsKey(id) ? labels.get(id)
                : post.get("organisationLabel");
        return label != null ? label.toString() : String.valueOf(post.get("organisation"));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
