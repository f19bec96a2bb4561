/** Search over names and texts. */
@NullMarked
package org.dadkhah.search;

import org.jspecify.annotations.NullMarked;
