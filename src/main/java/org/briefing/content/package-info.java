/**
 * Loading: walks {@code content/articles/}, reads each file strictly as UTF-8, splits and checks
 * front matter and sidecar files, and turns Markdown, raw text and saved web pages (the article found in them, with the facts their markup states) into sanitized blocks. Gives out
 * {@link org.briefing.content.Article} records in file order. Never infers what the file does not
 * say (that is cleaning's job) and never writes to {@code content/}.
 */
package org.briefing.content;
