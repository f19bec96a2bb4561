/** Layout, error handling and web infrastructure shared by the pages and the API. */
@NullMarked
package org.dadkhah.web;

import org.jspecify.annotations.NullMarked;
