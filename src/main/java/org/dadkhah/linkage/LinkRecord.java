package org.dadkhah.linkage;

import java.util.Map;

/**
 * One record to link: its id and its values by column (missing or blank values are neutral).
 *
 * @param id the record's id, unique within its list
 * @param values the values by column name
 */
public record LinkRecord(String id, Map<String, String> values) {
}
