package org.briefing.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page ("Save Page As", {@code .html}): finds the article in it and the facts
 * its markup states. The page is never changed and nothing is fetched: links stay links, images
 * and scripts are left out. A page that is not HTML, holds no article, holds several, is garbled
 * by a wrong encoding, or is too large is refused with a problem naming the file.
 *
 * <pre>{@code
 * SavedPage page = new HtmlPageReader(zone).read(Path.of("report.html"), "report.html");
 * }</pre>
 */
public final class HtmlPageReader {

    /** Saved pages carry inline styles and images; past this, a file is not one article's page. */
    public static final long MAX_PAGE_BYTES = 15_000_000;
    /** An article has at least a paragraph or two; fewer words than this is a page of links. */
    private static final int MIN_ARTICLE_WORDS = 30;
    /** Mis-decoded UTF-8 ("â€™" for ’, "Ã©" for é) leaves these pairs; real text almost never has them. */
    private static final Pattern MOJIBAKE = Pattern.compile("â€[™œ\u009d“”˜¦\"]|Ã[©¨¡¢£¤§ª«¬­®¯°±²³´µ¶·¸¹º»¼½¾¿]|Â[ ©®°·»«]");
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private final PageFactsReader factsReader;
    private final ArticleBodyFinder finder = new ArticleBodyFinder();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public HtmlPageReader(ZoneId zone) {
        this.factsReader = new PageFactsReader(zone);
    }

    /**
     * @param shown the file as the user names it, for problems
     * @throws ProblemsFound when the file cannot be read or is not one article's page
     */
    public SavedPage read(Path file, String shown) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                throw ProblemsFound.of(Problem.error(shown, 0,
                        String.format(Locale.ROOT, "is %.1f MB; saved pages larger than %.0f MB are not read.", size / 1e6, MAX_PAGE_BYTES / 1e6),
                        "Save the page again as \"Web Page, HTML only\" (without its images), or paste its text into a .txt file."));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(shown, 0, "cannot be read: " + e.getMessage() + ".", "Check that the file exists and is readable."));
        }
        return read(bytes, shown);
    }

    /** Reads a page's bytes (UTF-8, or the charset its {@code <meta>} declares). */
    public SavedPage read(byte[] bytes, String shown) {
        return read(decode(bytes, shown), shown);
    }

    /** Reads a page already in memory; {@code shown} names it in problems. */
    public SavedPage read(String html, String shown) {
        if (!looksLikeHtml(html)) {
            throw ProblemsFound.of(Problem.error(shown, 1, "is not an HTML page: it has no <html>, <body> or paragraph tags.",
                    "Save the page with the browser's File → Save Page As, or name a pasted text NAME.txt."));
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = parser.parseInput(html, "");
        PageFacts facts = factsReader.read(page);
        facts.canonical().ifPresent(page::setBaseUri);
        long articleObjects = PageFactsReader.articleCount(page);
        List<ArticleBodyFinder.Found> found = finder.find(page);
        List<Block> blocks = new ArrayList<>();
        int group = 0;
        for (ArticleBodyFinder.Found one : found) {
            Block block = toBlock(one, group++);
            if (!block.text().isEmpty()) {
                blocks.add(block);
            }
        }
        String text = String.join("\n", blocks.stream().map(Block::text).toList());
        int words = TextShape.wordCount(text);
        if (words < MIN_ARTICLE_WORDS) {
            throw ProblemsFound.of(Problem.error(shown, 0,
                    "holds no article: the longest run of prose on the page has " + words + " words.",
                    "Check that the file is the saved article itself, not a front page, a login page or an error page."));
        }
        if (articleObjects > 1) {
            throw ProblemsFound.of(Problem.error(shown, 0,
                    "holds " + articleObjects + " articles with different headlines (in its JSON-LD); Briefing reads one article a file.",
                    "Save each article's own page, or paste each report into its own .txt file."));
        }
        Matcher garbled = MOJIBAKE.matcher(text);
        int garbles = 0;
        String example = "";
        while (garbled.find()) {
            example = example.isEmpty() ? garbled.group() : example;
            garbles++;
        }
        if (garbles >= 3) {
            throw ProblemsFound.of(Problem.error(shown, found.get(0).line(),
                    "has garbled text (" + garbles + " times a sequence like `" + example + "`): it was saved or declared in the wrong encoding.",
                    "Save the page again from the browser as UTF-8, or fix its <meta charset> to the encoding it is written in."));
        }
        return new SavedPage(facts, blocks);
    }

    private Block toBlock(ArticleBodyFinder.Found found, int group) {
        Element element = found.element();
        for (Element link : element.select("a[href]")) {
            String absolute = link.absUrl("href");
            if (!absolute.isEmpty()) {
                link.attr("href", absolute);
            }
        }
        String html = switch (found.kind()) {
            case PARAGRAPH -> "<p>" + element.html() + "</p>";
            default -> element.outerHtml();
        };
        String clean = sanitizer.sanitize(html).html();
        String text = TextShape.collapseWhitespace(element.text());
        return new Block(found.kind(), text, clean, Math.max(1, found.line()), group);
    }

    private static boolean looksLikeHtml(String html) {
        String start = html.substring(0, Math.min(html.length(), 100_000)).toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<body") || start.contains("<p>") || start.contains("<p ")
                || start.contains("<div") || start.contains("<article");
    }

    /**
     * UTF-8 when the bytes are UTF-8; otherwise the charset the page declares in its
     * {@code <meta>}; a page that is neither is refused rather than read with replacement marks.
     */
    private static String decode(byte[] bytes, String shown) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 16_384), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED_CHARSET.matcher(head);
            if (declared.find()) {
                try {
                    Charset charset = Charset.forName(declared.group(1));
                    if (!charset.equals(StandardCharsets.UTF_8)) {
                        return new String(bytes, charset);
                    }
                } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                    throw ProblemsFound.of(Problem.error(shown, 0, "declares the encoding `" + declared.group(1) + "`, which Java does not know.",
                            "Save the page again from the browser as UTF-8."));
                }
            }
            throw ProblemsFound.of(Problem.error(shown, 0, "is not UTF-8 and declares no other encoding that fits its bytes.",
                    "Save the page again from the browser as UTF-8, or add <meta charset=\"…\"> naming its encoding."));
        }
    }
}
