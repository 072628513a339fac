package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.briefing.progress.Progress;
import org.briefing.sitemodel.SiteModel;

/**
 * Renders a whole site model: pages through the templates, API files as JSON, fixed texts and
 * the search index's files as they are. Files are rendered in parallel and handed one at a time to a sink, which may write
 * each one away at once, so the rendered site never has to be held in memory.
 *
 * <pre>{@code
 * new SiteRenderer(paths.templates()).render(model, staging::write, progress);
 * }</pre>
 */
public final class SiteRenderer {

    private final TemplateRenderer templates;
    private final JsonRenderer json = new JsonRenderer();

    public SiteRenderer(Path templatesFolder) {
        this.templates = new TemplateRenderer(templatesFolder);
    }

    /** How many files {@link #render(SiteModel, Consumer, Progress)} hands to its sink. */
    public static int fileCount(SiteModel model) {
        return model.pages().size() + model.data().size() + model.texts().size() + model.files().size();
    }

    /**
     * Renders every file of {@code model} into {@code sink}, from several threads at once and in
     * no particular order; {@code sink} must be thread-safe. The first failure stops the rendering
     * and is rethrown.
     */
    public void render(SiteModel model, Consumer<RenderedPage> sink, Progress progress) {
        model.pages().parallelStream().forEach(page -> {
            sink.accept(new RenderedPage(page.path(), templates.render(model.site(), page)));
            progress.advance(1);
        });
        model.data().parallelStream().forEach(file -> {
            sink.accept(new RenderedPage(file.path(), json.render(file.data())));
            progress.advance(1);
        });
        model.files().parallelStream().forEach(file -> {
            sink.accept(new RenderedPage(file.path(), file.bytes()));
            progress.advance(1);
        });
        for (SiteModel.TextFile file : model.texts()) {
            sink.accept(new RenderedPage(file.path(), file.text().getBytes(StandardCharsets.UTF_8)));
            progress.advance(1);
        }
    }

    /** Every file of {@code model}, rendered and sorted by path: for checking a site without writing it. */
    public List<RenderedPage> render(SiteModel model) {
        List<RenderedPage> rendered = Collections.synchronizedList(new ArrayList<>());
        render(model, rendered::add, Progress.NONE);
        List<RenderedPage> sorted = new ArrayList<>(rendered);
        sorted.sort(Comparator.comparing(RenderedPage::path));
        return sorted;
    }
}
