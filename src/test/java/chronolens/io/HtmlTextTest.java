package chronolens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheReadableTextOnly() {
        String html = """
                <!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
                <script>document.write("1999")</script></head>
                <body><h1>The Wall</h1><p>It fell on 9&nbsp;November&nbsp;1989 &amp; the
                city <em>celebrated</em>.</p><!-- 2001 --><p>Caf&eacute; &#8220;Ost&#x201D;</p></body></html>""";
        assertEquals("The Wall\nIt fell on 9 November 1989 & the\ncity celebrated.\nCafé “Ost”",
                new HtmlText().toText(html));
    }

    @Test
    void recognisesPagesButNotProse() {
        assertTrue(HtmlText.looksLikeHtml("  <!doctype html><p>x"));
        assertFalse(HtmlText.looksLikeHtml("Use the <b> tag for bold."));
    }

    @Test
    void readerTurnsAnHtmlFileIntoItsText() {
        ReadResult r = new ArticleReader().read("page.html",
                "<html><body><p>Signed in 1921.</p><script>x=1</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("Signed in 1921.", r.article().text());
    }

    @Test
    void aPageWithNothingToReadSaysSo() {
        ReadResult r = new ArticleReader().read("empty.html",
                "<html><head><script>var a;</script></head><body></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("empty.html is a web page with no readable text", r.problem());
    }
}
