/**
 * Rendering: turns the site model into bytes. Freemarker renders each page with its view (HTML
 * templates are {@code .ftlh}, auto-escaped; XML feeds {@code .ftlx}); Jackson writes the JSON
 * API. Set up once per build, safe to use from many threads. Never writes files.
 */
package org.briefing.render;
