/** Imports and exports, including the demo data set. */
@NullMarked
package org.dadkhah.importing;

import org.jspecify.annotations.NullMarked;
