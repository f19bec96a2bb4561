/** Organisations and the posts people held in them over time. */
@NullMarked
package org.dadkhah.organisation;

import org.jspecify.annotations.NullMarked;
