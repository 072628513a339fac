/**
 * Search without a server: takes the site's documents (stories, articles, actors, places,
 * outlets, as {@link org.briefing.search.SearchDocument}s) and gives the index the search page
 * reads, as files ({@link org.briefing.search.SearchIndex}): terms folded and stemmed
 * ({@link org.briefing.search.SearchTerms}), postings sharded by prefix, one small result file per
 * document. Never writes files itself, and knows nothing of pages or templates.
 */
package org.briefing.search;
