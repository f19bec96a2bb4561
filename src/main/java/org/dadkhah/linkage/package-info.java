/** Linking the same person across lists. */
@ApplicationModule(allowedDependencies = {"records", "security", "shared", "estimate"})
@NullMarked
package org.dadkhah.linkage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
