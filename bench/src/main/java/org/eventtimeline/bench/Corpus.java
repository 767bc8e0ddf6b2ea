package org.eventtimeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A fixed corpus of real news: the TimeBank + AQUAINT texts with their creation dates. */
final class Corpus {

    record Article(String text, LocalDate published) {
    }

    private static final Pattern TEXT = Pattern.compile("<TEXT[^>]*>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"[^>]*functionInDocument=\"CREATION_TIME\"");

    private Corpus() {
    }

    static List<Article> tbaq(Path folder) {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                Matcher text = TEXT.matcher(raw);
                if (!text.find()) {
                    continue;
                }
                String plain = text.group(1).replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
                Matcher dct = DCT.matcher(raw);
                articles.add(new Article(plain, dct.find() ? LocalDate.parse(dct.group(1)) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + folder.toAbsolutePath(), e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no TimeML documents under " + folder.toAbsolutePath());
        }
        return articles;
    }

    static long characters(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }
}
