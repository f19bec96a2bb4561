package org.dadkhah.web;

import java.util.List;

/** A child list (a person's names, a proceeding's parties) as a table: column label keys and rows of values. */
public record ShownList(String label, List<String> headers, List<List<Shown>> rows) {
}
