/** Linking the same person across lists. */
@NullMarked
package org.dadkhah.linkage;

import org.jspecify.annotations.NullMarked;
