/** Tamper-evident, hash-chained audit log and record history. */
@NullMarked
package org.dadkhah.audit;

import org.jspecify.annotations.NullMarked;
