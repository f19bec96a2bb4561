/** Shared value types: partial dates in two calendars, names and Persian text normalisation. */
@NullMarked
package org.dadkhah.shared;

import org.jspecify.annotations.NullMarked;
