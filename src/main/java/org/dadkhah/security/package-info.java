/** Who is calling and what they may see: accounts, roles, confidentiality levels and the visibility policy. */
@NullMarked
package org.dadkhah.security;

import org.jspecify.annotations.NullMarked;
