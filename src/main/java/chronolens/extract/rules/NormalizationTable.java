package chronolens.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table from words to normalized values read from a data file with lines {@code key | key => value}
 * ("sept. | september => 09"); keys are matched ignoring case.
 */
public final class NormalizationTable {
    private final String name;
    private final Map<String, String> values;
    /**
     * The ASCII keys as they are usually written (lower case, capitalized, each word capitalized, upper case),
     * with their values: {@link #get} finds a word spelled so without making its lower-case copy, and the tagger
     * looks up every table word it matches.
     */
    private final Map<String, String> spelled = new java.util.HashMap<>();

    private NormalizationTable(String name, Map<String, String> values) {
        this.name = name;
        this.values = values;
        values.forEach((k, v) -> {
            if (asciiKey(k) != null) {
                spelled.put(k, v);
                spelled.put(capitalized(k, false), v);
                spelled.put(capitalized(k, true), v);
                spelled.put(k.toUpperCase(Locale.ROOT), v);
            }
        });
    }

    /** {@code key} with its first letter, or the first letter of each word, in upper case. */
    private static String capitalized(String key, boolean everyWord) {
        char[] c = key.toCharArray();
        boolean start = true;
        for (int i = 0; i < c.length; i++) {
            if (start && c[i] >= 'a' && c[i] <= 'z') {
                c[i] = (char) (c[i] - 32);
                start = false;
            }
            if (c[i] == ' ' && everyWord) {
                start = true;
            }
        }
        return new String(c);
    }

    public static NormalizationTable load(String fileName) {
        return from(DataFile.load(fileName));
    }

    public static NormalizationTable from(DataFile file) {
        Map<String, String> map = new LinkedHashMap<>();
        for (DataFile.Line line : file.lines()) {
            int arrow = line.text().indexOf("=>");
            if (arrow < 0) {
                throw file.error(line, "expected 'key | key => value'");
            }
            String value = line.text().substring(arrow + 2).strip();
            if (value.isEmpty()) {
                throw file.error(line, "missing value after '=>'");
            }
            for (String key : line.text().substring(0, arrow).split("\\|")) {
                String k = normalizeKey(key);
                if (k.isEmpty()) {
                    throw file.error(line, "empty key");
                }
                if (map.putIfAbsent(k, value) != null && !map.get(k).equals(value)) {
                    throw file.error(line, "key '" + k + "' already has value " + map.get(k));
                }
            }
        }
        return new NormalizationTable(file.name(), map);
    }

    /** Lower case with runs of white space as one space, the form keys are stored and looked up in. */
    public static String normalizeKey(String s) {
        String ascii = asciiKey(s);
        if (ascii != null) {
            return ascii;
        }
        String t = s.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space && (c != ' ' || (i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(t.substring(0, i));
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? t : out.toString();
    }

    /**
     * The key of {@code s} when it is printable ASCII with single spaces only between words (lower-cased
     * without the general case's strip, locale lookup and space scan: the tagger looks up every table match),
     * else null.
     */
    private static String asciiKey(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return null;
        }
        byte[] lower = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 32 || c >= 127 || (c == ' ' && s.charAt(i - 1) == ' ')) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = new byte[n];
                    for (int j = 0; j < i; j++) {
                        lower[j] = (byte) s.charAt(j);
                    }
                }
                c = (char) (c + 32);
            }
            if (lower != null) {
                lower[i] = (byte) c;
            }
        }
        return lower == null ? s : new String(lower, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public String name() {
        return name;
    }

    /** The value for {@code key} in any case and spacing, or null. */
    public String get(String key) {
        String v = spelled.get(key);
        return v != null ? v : values.get(normalizeKey(key));
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** Keys longest first, so an alternation of them prefers "sept." over "sep". */
    public List<String> keysLongestFirst() {
        List<String> keys = new ArrayList<>(values.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return keys;
    }
}
