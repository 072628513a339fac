/**
 * Output: the only stage that writes files. Writes rendered pages and the static assets into a
 * fresh folder beside the output folder, then swaps it in, so a failed build leaves the previous
 * site exactly as it was. Refuses output folders that overlap the content or templates.
 */
package org.briefing.output;
