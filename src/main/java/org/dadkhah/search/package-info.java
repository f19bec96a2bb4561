/**
 * Ranked search over an embedded Lucene index of persons (every name, both scripts), organisations, places,
 * events, sources, claims and proceedings, kept in step with the database through record events, within each
 * caller's rights.
 */
@NullMarked
package org.dadkhah.search;

import org.jspecify.annotations.NullMarked;
