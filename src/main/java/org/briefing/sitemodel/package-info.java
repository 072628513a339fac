/**
 * The site model: decides every page and file of the site (its path, title and links) from the
 * analysed archive, and builds the view records templates print. Views hold values ready to
 * print: resolved URLs, display dates, counts, sorted lists. Never renders or writes.
 */
package org.briefing.sitemodel;
