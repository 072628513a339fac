package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.sitemodel.DataFile;
import org.briefing.sitemodel.SiteModel;

/**
 * Renders a whole site model: pages through the templates, API files as JSON, fixed texts as
 * they are. Pages render in parallel; the result is sorted by path.
 *
 * <pre>{@code
 * List<RenderedPage> files = new SiteRenderer(paths.templates()).render(model);
 * }</pre>
 */
public final class SiteRenderer {

    private final TemplateRenderer templates;
    private final JsonRenderer json = new JsonRenderer();

    public SiteRenderer(Path templatesFolder) {
        this.templates = new TemplateRenderer(templatesFolder);
    }

    public List<RenderedPage> render(SiteModel model) {
        List<RenderedPage> rendered = new ArrayList<>(model.pages().parallelStream()
                .map(page -> new RenderedPage(page.path(), templates.render(model.site(), page)))
                .toList());
        for (DataFile file : model.data()) {
            rendered.add(new RenderedPage(file.path(), json.render(file.data())));
        }
        for (SiteModel.TextFile file : model.texts()) {
            rendered.add(new RenderedPage(file.path(), file.text().getBytes(StandardCharsets.UTF_8)));
        }
        rendered.sort(Comparator.comparing(RenderedPage::path));
        return rendered;
    }
}
