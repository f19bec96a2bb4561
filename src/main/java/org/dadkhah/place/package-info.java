/** Places: prisons, courts, cemeteries, mass-grave sites, cities and provinces. */
@NullMarked
package org.dadkhah.place;

import org.jspecify.annotations.NullMarked;
