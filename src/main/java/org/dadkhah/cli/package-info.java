/** The command line: picocli commands that start the server or run one task against the database. */
@NullMarked
package org.dadkhah.cli;

import org.jspecify.annotations.NullMarked;
