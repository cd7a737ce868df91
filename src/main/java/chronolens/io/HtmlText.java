package chronolens.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: scripts, styles and other non-content elements dropped, block elements
 * as line breaks, entities decoded. Nothing is fetched; links and images are not followed.
 */
public final class HtmlText {
    private static final Pattern DROPPED = Pattern.compile(
            "<(script|style|noscript|template|svg|head|iframe|object)\\b[^>]*>.*?</\\1\\s*>"
                    + "|<!--.*?-->|<!\\[CDATA\\[.*?]]>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile(
            "</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|hr|title|dd|dt)"
                    + "\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9A-Fa-f]{1,6}|#\\d{1,7}|[A-Za-z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00e9"),
            Map.entry("copy", "\u00a9"), Map.entry("deg", "\u00b0"));

    /** True when the text looks like an HTML document rather than prose that mentions a tag. */
    public static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    public String toText(String html) {
        String s = DROPPED.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String t = line.replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ").strip();
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.charAt(0) == '#') {
                int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                r = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\ufffd";
            } else {
                r = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
