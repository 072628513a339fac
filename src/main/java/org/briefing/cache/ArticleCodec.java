package org.briefing.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.content.Article;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.FrontMatter;
import org.briefing.content.PublicationDate;
import org.briefing.content.ReadCache;
import org.briefing.content.SourceFormat;
import org.briefing.problems.Problem;
import org.briefing.problems.Severity;

/**
 * Writes what reading an article gave as bytes, and reads it back. Field by field and by hand, so
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
        out.writeBoolean(declared.date().isPresent());
        if (declared.date().isPresent()) {
            PublicationDate date = declared.date().get();
            out.writeLong(date.date().toEpochDay());
            out.writeInt(date.time().toSecondOfDay());
            out.writeBoolean(date.timeKnown());
        }
        optional(out, declared.author());
        optional(out, declared.story());
        optional(out, declared.storyTitle());
        out.writeInt(declared.tags().size());
        for (String tag : declared.tags()) {
            out.writeUTF(tag);
        }
        out.writeBoolean(declared.draft());
        out.writeInt(article.blocks().size());
        for (Block block : article.blocks()) {
            out.writeUTF(block.kind().name());
            string(out, block.text());
            string(out, block.html());
            out.writeInt(block.line());
            out.writeInt(block.group());
        }
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
        Optional<PublicationDate> date = Optional.empty();
        if (in.readBoolean()) {
            date = Optional.of(new PublicationDate(LocalDate.ofEpochDay(in.readLong()),
                    LocalTime.ofSecondOfDay(in.readInt()), in.readBoolean()));
        }
        Optional<String> author = optional(in);
        Optional<String> story = optional(in);
        Optional<String> storyTitle = optional(in);
        List<String> tags = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            tags.add(in.readUTF());
        }
        FrontMatter declared = new FrontMatter(title, source, url, date, author, story, storyTitle, tags, in.readBoolean());
        List<Block> blocks = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            blocks.add(new Block(BlockKind.valueOf(in.readUTF()), string(in), string(in), in.readInt(), in.readInt()));
        }
        List<Problem> warnings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            warnings.add(new Problem(Severity.valueOf(in.readUTF()), in.readUTF(), in.readInt(), string(in), string(in)));
        }
        return new ReadCache.Read(new Article(id, file, format, declared, blocks), warnings);
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
