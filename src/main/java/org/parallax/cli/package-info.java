/** The {@code parallax} command line: {@code analyze}, {@code demo} and {@code bench}. */
package org.parallax.cli;
