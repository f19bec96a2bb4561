/**
 * The pages a documentation team works in (Thymeleaf, htmx), in English and Persian, reading records only through
 * the read layer and writing only through the record store.
 */
@NullMarked
package org.dadkhah.web;

import org.jspecify.annotations.NullMarked;
