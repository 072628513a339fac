/**
 * Cleaning: takes loaded {@link org.briefing.content.Article}s and gives
 * {@link org.briefing.cleaning.CleanArticle}s. Cuts a whole web page pasted as text down to its article, strips page furniture (player notices, credits,
 * "read more" links and unrelated headlines), a repeated title and repeated paragraphs, and infers
 * what pasted text says about itself (title, dateline, date) when no front matter says it. Every
 * removed block is kept in the record, so pages can list it. Rules are conservative: when a block
 * might be reporting, it stays.
 */
package org.briefing.cleaning;
