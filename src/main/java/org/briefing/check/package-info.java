/**
 * Checks of a rendered site before it is published: every internal link and fragment resolves.
 * Reads rendered pages; reports problems; never writes.
 */
package org.briefing.check;
