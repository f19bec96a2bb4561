/** Events, acts, involvement of perpetrators and legal proceedings. */
@NullMarked
package org.dadkhah.event;

import org.jspecify.annotations.NullMarked;
