User-agent: *
Allow: /

Sitemap: ${robots.sitemapUrl}
