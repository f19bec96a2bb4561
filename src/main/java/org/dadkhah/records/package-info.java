/** The record store: one generic, validated, audited and visibility-checked CRUD path for every record type. */
@NullMarked
package org.dadkhah.records;

import org.jspecify.annotations.NullMarked;
