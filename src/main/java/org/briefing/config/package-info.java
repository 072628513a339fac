/**
 * Site settings: reads {@code content/site.yml} once, checks every value once, and hands the rest
 * of the build a {@link org.briefing.config.SiteConfig} it can trust. Also holds the small YAML
 * reader that front matter shares. Never writes anything.
 */
package org.briefing.config;
