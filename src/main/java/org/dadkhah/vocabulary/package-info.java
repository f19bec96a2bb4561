/** Controlled bilingual vocabularies (act types, roles, relationship kinds, source kinds). */
@NullMarked
package org.dadkhah.vocabulary;

import org.jspecify.annotations.NullMarked;
