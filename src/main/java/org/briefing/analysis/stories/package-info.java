/**
 * Story grouping: takes cleaned articles and gives {@link org.briefing.analysis.stories.Story}
 * records, each the reports of one event from any number of outlets. An explicit {@code story:}
 * key always wins; other articles are grouped by what their text shares. Never renders or writes.
 */
package org.briefing.analysis.stories;
