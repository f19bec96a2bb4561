package org.dadkhah.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input of a generated form: its parameter name ({@code names[0].text}), label key, widget, current value (as
 * text), whether it is required, the choices of a select, the record type a picker searches, and the API's message
 * for it after a refused save.
 *
 * @param widget text, textarea, number, checkbox, select, date, picker, sealed or id
 */
public record FormField(String name, String label, String widget, String value, boolean required,
        List<Choice> choices, @Nullable String pick, @Nullable String error) {

    /** One choice of a select: the code sent, the label shown. */
    public record Choice(String code, String label) {
    }

    /** A DOM id derived from the parameter name. */
    public String domId() {
        return "f-" + name.replaceAll("[^A-Za-z0-9]", "-");
    }
}
