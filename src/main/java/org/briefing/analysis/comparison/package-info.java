/**
 * Lines up how each outlet covered one story: the quotes the reports carry and who spoke them.
 * Takes a story's cleaned reports and the actors and places recognised in them; gives records
 * only, and never changes the articles or the entities it reads.
 */
package org.briefing.analysis.comparison;
