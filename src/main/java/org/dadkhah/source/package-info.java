/** Sources, their content-addressed files, citations and figure claims. */
@NullMarked
package org.dadkhah.source;

import org.jspecify.annotations.NullMarked;
