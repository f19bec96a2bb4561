/** Persons, their names, relationships and biographic details. */
@NullMarked
package org.dadkhah.person;

import org.jspecify.annotations.NullMarked;
