/**
 * Word-level text tools shared by the analysis stages: tokens, stop words and weighted term
 * vectors. Pure functions; nothing here knows about articles or pages.
 */
package org.briefing.analysis.text;
