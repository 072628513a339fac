package org.briefing.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.sitemodel.Page;
import org.briefing.sitemodel.PageView;
import org.briefing.sitemodel.SiteView;

/**
 * Renders pages with Freemarker templates from the templates folder. Configured once: HTML
 * templates ({@code .ftlh}) escape every value, errors in a template stop the build with the
 * template's name and line, and record components read as properties ({@code story.title}).
 */
final class TemplateRenderer {

    private final Configuration freemarker;
    private final Path folder;

    TemplateRenderer(Path templates) {
        this.folder = templates;
        if (!Files.isDirectory(templates)) {
            throw ProblemsFound.of(Problem.error(templates.toString(), 0, "The templates folder does not exist.",
                    "Pass --templates DIR, or run from the project folder that holds templates/."));
        }
        try {
            freemarker = new Configuration(Configuration.VERSION_2_3_34);
            freemarker.setDirectoryForTemplateLoading(templates.toFile());
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(templates.toString(), 0, "cannot be read: " + e.getMessage(), ""));
        }
        freemarker.setDefaultEncoding(StandardCharsets.UTF_8.name());
        freemarker.setOutputEncoding(StandardCharsets.UTF_8.name());
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        freemarker.setLocale(java.util.Locale.ROOT);
    }

    byte[] render(SiteView site, Page page) {
        PageView view = page.view();
        String name = view.template();
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(Map.of("site", site, view.modelName(), view), out);
            String text = name.endsWith(".ftlh") ? IndentStripper.strip(out.toString()) : out.toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (TemplateNotFoundException e) {
            throw ProblemsFound.of(Problem.error(folder.resolve(name).toString(), 0,
                    "is missing; the page " + page.path() + " needs it.", "Restore it from the project's templates/ folder."));
        } catch (TemplateException e) {
            throw ProblemsFound.of(Problem.error(folder.resolve(name).toString(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    "failed while rendering " + page.path() + ": " + e.getMessageWithoutStackTop(), ""));
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(folder.resolve(name).toString(), 0, "cannot be read: " + e.getMessage(), ""));
        }
    }
}
