package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.PublicationDate;
import org.briefing.content.SourceFormat;
import org.briefing.content.Outlet;

/** Cleaned reports made in code, for tests of story work that need no files. */
public final class Reports {

    private Reports() {
    }

    /** A report with a headline, an outlet, a date ({@code null} for none) and its paragraphs. */
    public static CleanArticle report(String id, String outlet, String date, String title, String... paragraphs) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            body.add(new Block(BlockKind.PARAGRAPH, paragraphs[i], "<p>" + paragraphs[i] + "</p>", i + 3, i));
        }
        return new CleanArticle(new ArticleId(id), id + ".md", SourceFormat.MARKDOWN, Optional.ofNullable(title),
                title == null ? paragraphs[0] : title, Optional.ofNullable(outlet).map(Outlet::named), Optional.empty(),
                Optional.ofNullable(date).map(d -> PublicationDate.ofDay(LocalDate.parse(d))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Set.of(), body, List.of());
    }

    /** The same report with an explicit story key. */
    public static CleanArticle withKey(CleanArticle report, String key) {
        return new CleanArticle(report.id(), report.file(), report.format(), report.title(), report.headline(),
                report.source(), report.url(), report.date(), report.updated(), report.author(), report.section(),
                report.language(), report.dateline(), Optional.of(key),
                report.storyTitle(), report.tags(), report.inferred(), report.body(), report.removed());
    }
}
