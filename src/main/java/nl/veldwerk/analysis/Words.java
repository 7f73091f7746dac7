package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words as the analyses count them: letters and digits, with inner apostrophes and hyphens ("zo'n", "e-mail"). */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    public static int count(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The words of a text in lower case. */
    public static List<String> of(CharSequence text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }
}
