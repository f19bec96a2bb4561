/** Multiple systems estimation of the number of victims no list recorded. */
@NullMarked
package org.dadkhah.estimate;

import org.jspecify.annotations.NullMarked;
