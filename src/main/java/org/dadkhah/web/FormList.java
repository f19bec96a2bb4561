package org.dadkhah.web;

import java.util.List;

/** A child list in a generated form: its label key and one row of inputs per item (plus empty rows to add items). */
public record FormList(String name, String label, List<String> headers, List<List<FormField>> rows) {
}
