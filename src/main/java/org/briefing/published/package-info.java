/**
 * What the site published last time, read from the previous build's {@code api/} files (a folder
 * or the live site's address): its stories, actors and places and redirects, so that this build
 * keeps every published address working. Reads only; a previous site that cannot be read is a
 * warning and an empty record, never a failed build.
 */
package org.briefing.published;
