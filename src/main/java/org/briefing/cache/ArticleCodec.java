package org.briefing.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.MetaField;
import org.briefing.cleaning.Removal;
import org.briefing.cleaning.RemovalReason;
import org.briefing.content.Article;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.FrontMatter;
import org.briefing.content.LanguageTag;
import org.briefing.content.PublicationDate;
import org.briefing.content.ReadCache;
import org.briefing.content.SourceFormat;
import org.briefing.problems.Problem;
import org.briefing.problems.Severity;
import org.briefing.content.Outlet;

/**
 * Writes what reading and cleaning an article gave as bytes, and reads it back. Field by field and by hand, so
 * the format is plain to see and a change to the records fails to compile here rather than
 * reading old bytes wrongly; {@link ArticleCache#FORMAT} says which layout a file holds.
 */
final class ArticleCodec {

    private ArticleCodec() {
    }

    static void write(ReadCache.Read read, DataOutput out) throws IOException {
        Article article = read.article();
        out.writeUTF(article.id().value());
        out.writeUTF(article.file());
        out.writeUTF(article.format().name());
        FrontMatter declared = article.declared();
        optional(out, declared.title());
        optional(out, declared.source());
        optional(out, declared.url());
        date(out, declared.date());
        date(out, declared.updated());
        optional(out, declared.author());
        optional(out, declared.section());
        optional(out, declared.language().map(LanguageTag::value));
        optional(out, declared.story());
        optional(out, declared.storyTitle());
        strings(out, declared.tags());
        out.writeBoolean(declared.draft());
        blocks(out, article.blocks());
        out.writeInt(read.warnings().size());
        for (Problem problem : read.warnings()) {
            out.writeUTF(problem.severity().name());
            out.writeUTF(problem.file());
            out.writeInt(problem.line());
            string(out, problem.message());
            string(out, problem.fix());
        }
    }

    static ReadCache.Read read(DataInput in) throws IOException {
        ArticleId id = new ArticleId(in.readUTF());
        String file = in.readUTF();
        SourceFormat format = SourceFormat.valueOf(in.readUTF());
        Optional<String> title = optional(in);
        Optional<String> source = optional(in);
        Optional<String> url = optional(in);
        Optional<PublicationDate> date = date(in);
        Optional<PublicationDate> updated = date(in);
        Optional<String> author = optional(in);
        Optional<String> section = optional(in);
        Optional<LanguageTag> language = optional(in).map(LanguageTag::new);
        Optional<String> story = optional(in);
        Optional<String> storyTitle = optional(in);
        List<String> tags = strings(in);
        FrontMatter declared = new FrontMatter(title, source, url, date, updated, author, section, language, story, storyTitle, tags,
                in.readBoolean());
        List<Block> blocks = blocks(in);
        List<Problem> warnings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            warnings.add(new Problem(Severity.valueOf(in.readUTF()), in.readUTF(), in.readInt(), string(in), string(in)));
        }
        return new ReadCache.Read(new Article(id, file, format, declared, blocks), warnings);
    }

    static void write(CleanArticle clean, DataOutput out) throws IOException {
        out.writeUTF(clean.id().value());
        out.writeUTF(clean.file());
        out.writeUTF(clean.format().name());
        optional(out, clean.title());
        string(out, clean.headline());
        optional(out, clean.source().map(Outlet::name));
        optional(out, clean.url());
        date(out, clean.date());
        date(out, clean.updated());
        optional(out, clean.author());
        optional(out, clean.section());
        optional(out, clean.language().map(LanguageTag::value));
        optional(out, clean.dateline());
        optional(out, clean.story());
        optional(out, clean.storyTitle());
        strings(out, clean.tags());
        strings(out, clean.inferred().stream().map(MetaField::name).sorted().toList());
        blocks(out, clean.body());
        out.writeInt(clean.removed().size());
        for (Removal removal : clean.removed()) {
            out.writeUTF(removal.reason().name());
            string(out, removal.text());
            out.writeInt(removal.line());
        }
    }

    static CleanArticle readClean(DataInput in) throws IOException {
        ArticleId id = new ArticleId(in.readUTF());
        String file = in.readUTF();
        SourceFormat format = SourceFormat.valueOf(in.readUTF());
        Optional<String> title = optional(in);
        String headline = string(in);
        Optional<Outlet> source = optional(in).map(Outlet::named);
        Optional<String> url = optional(in);
        Optional<PublicationDate> date = date(in);
        Optional<PublicationDate> updated = date(in);
        Optional<String> author = optional(in);
        Optional<String> section = optional(in);
        Optional<LanguageTag> language = optional(in).map(LanguageTag::new);
        Optional<String> dateline = optional(in);
        Optional<String> story = optional(in);
        Optional<String> storyTitle = optional(in);
        List<String> tags = strings(in);
        Set<MetaField> inferred = EnumSet.noneOf(MetaField.class);
        strings(in).forEach(name -> inferred.add(MetaField.valueOf(name)));
        List<Block> body = blocks(in);
        List<Removal> removed = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            removed.add(new Removal(RemovalReason.valueOf(in.readUTF()), string(in), in.readInt()));
        }
        return new CleanArticle(id, file, format, title, headline, source, url, date, updated, author, section, language, dateline,
                story, storyTitle, tags, inferred, body, removed);
    }

    private static void date(DataOutput out, Optional<PublicationDate> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeLong(value.get().date().toEpochDay());
            out.writeInt(value.get().time().toSecondOfDay());
            out.writeBoolean(value.get().timeKnown());
        }
    }

    private static Optional<PublicationDate> date(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new PublicationDate(LocalDate.ofEpochDay(in.readLong()), LocalTime.ofSecondOfDay(in.readInt()),
                in.readBoolean()));
    }

    private static void blocks(DataOutput out, List<Block> blocks) throws IOException {
        out.writeInt(blocks.size());
        for (Block block : blocks) {
            out.writeUTF(block.kind().name());
            string(out, block.text());
            string(out, block.html());
            out.writeInt(block.line());
            out.writeInt(block.group());
        }
    }

    private static List<Block> blocks(DataInput in) throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            blocks.add(new Block(BlockKind.valueOf(in.readUTF()), string(in), string(in), in.readInt(), in.readInt()));
        }
        return blocks;
    }

    private static void strings(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInput in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            values.add(string(in));
        }
        return values;
    }

    private static void optional(DataOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    private static Optional<String> optional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    /** A string of any length: writeUTF stops at 64 KB, and a block of a long article can be longer. */
    private static void string(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
