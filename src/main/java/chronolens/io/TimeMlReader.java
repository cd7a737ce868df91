package chronolens.io;

import chronolens.model.Derivation;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML markup as the TempEval-3 corpora write it. The text is the content of the TEXT element with
 * every tag removed and the XML entities decoded, nothing else changed; offsets of annotations refer to it.
 */
public final class TimeMlReader {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]+|#\\d+|amp|lt|gt|quot|apos);");

    /** Parses {@code markup}; fails with a message a person can act on when there is no TEXT element. */
    public TimeMlDocument read(String name, String markup) throws MalformedTimeMlException {
        int open = markup.indexOf("<TEXT>");
        int close = markup.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new MalformedTimeMlException(name + ": not TimeML (no <TEXT> element)");
        }
        String dct = null;
        Matcher d = DCT.matcher(markup);
        if (d.find()) {
            dct = attributes(d.group(1)).get("value");
        }
        return readText(name, markup.substring(open + "<TEXT>".length(), close), dct);
    }

    private TimeMlDocument readText(String name, String inner, String dct) throws MalformedTimeMlException {
        StringBuilder text = new StringBuilder(inner.length());
        List<TimeExpression> timexes = new ArrayList<>();
        Deque<Map<String, String>> openTimexes = new ArrayDeque<>();
        Deque<Integer> starts = new ArrayDeque<>();
        Matcher m = TAG.matcher(inner);
        int at = 0;
        while (m.find()) {
            text.append(decode(inner.substring(at, m.start())));
            at = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            boolean empty = !m.group(4).isEmpty();
            if (closing) {
                if (openTimexes.isEmpty()) {
                    throw new MalformedTimeMlException(name + ": </TIMEX3> without an opening tag");
                }
                Map<String, String> a = openTimexes.pop();
                int begin = starts.pop();
                String covered = text.substring(begin);
                if (!covered.isBlank()) {
                    timexes.add(new TimeExpression(begin, text.length(), covered, type(a.get("type")),
                            a.getOrDefault("value", ""), null, Derivation.none()));
                }
            } else if (!empty) {
                openTimexes.push(attributes(m.group(3)));
                starts.push(text.length());
            }
        }
        text.append(decode(inner.substring(at)));
        timexes.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return new TimeMlDocument(name, text.toString(), dct, timexes);
    }

    private static TimexType type(String type) {
        try {
            return TimexType.valueOf(type == null ? "DATE" : type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TimexType.DATE;
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> map = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(s);
        while (a.find()) {
            map.put(a.group(1), decode(a.group(3) != null ? a.group(3) : a.group(4)));
        }
        return map;
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
