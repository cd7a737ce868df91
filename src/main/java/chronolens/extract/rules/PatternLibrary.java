package chronolens.extract.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The slots rules may use, read from {@code slots.txt}; each line is {@code name kind arguments}:
 * {@code table FILE} (a normalization table), {@code digits PAD REGEX} (the digits of the match, zero-padded),
 * {@code prefix N REGEX TRIGGER...} (the first N digits), {@code union SLOT SLOT...} or {@code clock}.
 */
public final class PatternLibrary {
    /** A clock time: "3 p.m.", "20:17", each with an optional zone ("1:07 p.m. EST", "20:17 UTC"). */
    static final String CLOCK_REGEX = "(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?(?:\\s?(?:[ap]\\.m\\.|[ap]m)(?![\\p{L}])"
            + "(?:\\s(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|BST)(?![\\p{L}]))?"
            + "|(?::[0-5][0-9])(?:\\s?(?:UTC|GMT|EST|EDT|PST|PDT|CET|local time))?)";
    private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private final Map<String, Slot> slots = new HashMap<>();
    private final Map<String, NormalizationTable> tables = new HashMap<>();

    public static PatternLibrary load() {
        return from(DataFile.load("slots.txt"));
    }

    public static PatternLibrary from(DataFile file) {
        PatternLibrary lib = new PatternLibrary();
        for (DataFile.Line line : file.lines()) {
            lib.define(file, line);
        }
        return lib;
    }

    public Slot slot(String name) {
        return slots.get(name);
    }

    public NormalizationTable table(String fileName) {
        return tables.computeIfAbsent(fileName, NormalizationTable::load);
    }

    private void define(DataFile file, DataFile.Line line) {
        String[] f = line.text().split("\\s+");
        if (f.length < 2) {
            throw file.error(line, "expected 'name kind arguments'");
        }
        String name = f[0];
        if (slots.containsKey(name)) {
            throw file.error(line, "slot '" + name + "' defined twice");
        }
        try {
            slots.put(name, switch (f[1]) {
                case "table" -> tableSlot(name, table(arg(file, line, f, 2)));
                case "digits" -> digitsSlot(name, Integer.parseInt(arg(file, line, f, 2)),
                        compiled(file, line, arg(file, line, f, 3)));
                case "prefix" -> prefixSlot(name, Integer.parseInt(arg(file, line, f, 2)),
                        compiled(file, line, arg(file, line, f, 3)),
                        List.of(f).subList(Math.min(4, f.length), f.length).stream()
                                .map(t -> Triggers.keyAt(t, 0)).collect(java.util.stream.Collectors.toSet()));
                case "union" -> unionSlot(file, line, name, List.of(f).subList(2, f.length));
                case "clock" -> new Slot(name, CLOCK_REGEX, PatternLibrary::clock, Set.of(Triggers.DIGITS));
                default -> throw file.error(line, "unknown slot kind '" + f[1] + "'");
            });
        } catch (NumberFormatException e) {
            throw file.error(line, "not a number: " + e.getMessage());
        }
    }

    private static String arg(DataFile file, DataFile.Line line, String[] f, int i) {
        if (i >= f.length) {
            throw file.error(line, "missing argument " + (i - 1) + " for slot kind " + f[1]);
        }
        return f[i];
    }

    private static String compiled(DataFile file, DataFile.Line line, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw file.error(line, "bad regular expression: " + e.getDescription());
        }
        if (regex.replace("(?:", "").replace("(?!", "").replace("(?<", "").replace("(?=", "").contains("(")) {
            throw file.error(line, "use (?:...) groups only; capturing groups are reserved for slots");
        }
        return regex;
    }

    private static Slot tableSlot(String name, NormalizationTable table) {
        KeyTrie trie = new KeyTrie();
        Set<String> triggers = new HashSet<>();
        for (String key : table.keys()) {
            trie.add(key);
            triggers.add(Triggers.keyAt(key, 0));
        }
        return new Slot(name, "(?:" + trie.regex(' ') + ")", table::get, triggers, table.keys());
    }

    private static Slot digitsSlot(String name, int pad, String regex) {
        return new Slot(name, regex, s -> {
            if (!s.isEmpty() && s.length() >= pad && plainDigits(s)) {
                // the common case, plain digits wide enough: nothing to remove or pad
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c >= '0' && c <= '9') || c == '.') {
                    sb.append(c);
                }
            }
            String d = sb.toString();
            if (d.isEmpty()) {
                return null;
            }
            return d.length() >= pad ? d : "0".repeat(pad - d.length()) + d;
        }, Set.of(Triggers.DIGITS));
    }

    private static boolean plainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Slot prefixSlot(String name, int n, String regex, Set<String> triggers) {
        return new Slot(name, regex, s -> {
            String d = s.replaceAll("[^0-9]", "");
            return d.length() < n ? null : d.substring(0, n);
        }, triggers);
    }

    private Slot unionSlot(DataFile file, DataFile.Line line, String name, List<String> parts) {
        if (parts.isEmpty()) {
            throw file.error(line, "a union needs at least one slot");
        }
        StringBuilder regex = new StringBuilder("(?:");
        Set<String> triggers = new HashSet<>();
        List<Slot> members = new java.util.ArrayList<>();
        for (String p : parts) {
            Slot s = slots.get(p);
            if (s == null) {
                throw file.error(line, "unknown slot '" + p + "' (define it on an earlier line)");
            }
            regex.append(members.isEmpty() ? "" : "|").append(s.regex());
            triggers.addAll(s.triggers());
            members.add(s);
        }
        regex.append(")");
        List<Pattern> compiled = members.stream().map(s -> Pattern.compile(s.regex(), Pattern.CASE_INSENSITIVE))
                .toList();
        // a matcher per member and thread, reset for each text: a member that is a big table has hundreds of
        // groups, and a new matcher for each match allocated them all
        ThreadLocal<java.util.regex.Matcher[]> matchers = ThreadLocal.withInitial(
                () -> compiled.stream().map(p -> p.matcher("")).toArray(java.util.regex.Matcher[]::new));
        return new Slot(name, regex.toString(), text -> {
            java.util.regex.Matcher[] mine = matchers.get();
            for (int i = 0; i < members.size(); i++) {
                if (mine[i].reset(text).matches()) {
                    return members.get(i).normalize(text);
                }
            }
            return null;
        }, triggers);
    }

    /** "3 p.m." gives "15:00", "20:17 UTC" gives "20:17"; a bare hour without am/pm gives null. */
    static String clock(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = HOUR_MINUTE.matcher(t);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        boolean pm = t.contains("p.m") || t.contains("pm");
        boolean am = t.contains("a.m") || t.contains("am");
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || (!pm && !am && m.group(2) == null)) {
            return null;
        }
        // hour is 0..23 and minute two digits: padded by hand, as a Formatter per clock time was a hot spot
        return (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    /** A literal word or phrase as a regex: spaces match any white space, apostrophes either form. */
    static String literal(String words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            out.append(literalChar(words.charAt(i)));
        }
        if (!words.isEmpty() && Character.isLetter(words.charAt(words.length() - 1))) {
            out.append("(?![\\p{L}])");
        }
        return out.toString();
    }

    /** One character of a literal as a regex: a space matches any white space, apostrophes and hyphens any form. */
    static String literalChar(char c) {
        if (c == ' ') {
            return "\\s+";
        } else if (c == '\'' || c == '\u2019') {
            return "['\u2019]";
        } else if (c == '-') {
            return "[-\u2010\u2011]";
        } else if (c == '~') {
            return "(?:\\s+|[-\u2010\u2011])"; // "third quarter" or "third-quarter"
        } else if (Character.isLetterOrDigit(c)) {
            return String.valueOf(c);
        }
        return "\\" + c;
    }
}
