/**
 * The build's memory between runs, kept outside {@code content/} (by default in
 * {@code .briefing/cache/} in the folder the build runs in): what reading each article gave, so a rebuild reads again
 * only the articles that changed. A cache that is unreadable, corrupt or written by another
 * version of the generator is ignored and rebuilt, never trusted. It never changes what a build
 * makes: a cold and a warm build write the same bytes.
 */
package org.briefing.cache;
