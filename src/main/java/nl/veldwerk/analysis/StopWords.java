package nl.veldwerk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Function words that say nothing about content, per language ("nl", "en"); unknown languages get none. */
public final class StopWords {
    private StopWords() {
    }

    public static Set<String> forLanguage(String language) {
        String resource = "stopwords-" + language.toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dutch and English together: interviews in one often quote the other. */
    public static Set<String> dutchAndEnglish() {
        Set<String> both = new HashSet<>(forLanguage("nl"));
        both.addAll(forLanguage("en"));
        return Set.copyOf(both);
    }
}
