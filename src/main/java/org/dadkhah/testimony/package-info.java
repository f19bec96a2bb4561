/** Testimonies of witnesses with their consent. */
@NullMarked
package org.dadkhah.testimony;

import org.jspecify.annotations.NullMarked;
