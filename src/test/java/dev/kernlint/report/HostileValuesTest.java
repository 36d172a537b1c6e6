package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.fact.Gap;
import dev.kernlint.json.Json;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.RawControls;
import dev.kernlint.testing.RichResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every report format given the values a hostile host can produce: markup of every kind, controls, NUL, a lone
 * surrogate. Each must stay well-formed in its own format, show the values as text, and be writable as UTF-8.
 */
class HostileValuesTest {
    static final String HOST = "web1<script>alert(1)</script>\u0000\ud800\u001b]0;x\u0007";
    static final String NASTY = "<img src=x onerror=alert(1)> \" onmouseover=\"x\" ' & &lt; | cell | \r\nnext line\r"
            + " ``` `tick` ``double`` [click](https://evil.example/) ![img](https://evil.example/x.png) <https://evil.example>"
            + " www.evil.example a@evil.example *em* _em_ ~~s~~ \u0000\ud800\udc00x\ufffe\u202e";
    /** The same without anything GFM autolinks bare (which goes in a code span): every inline escape is needed. */
    static final String MARKUP = "<img src=x onerror=alert(1)> <b>bold</b> [click](javascript:alert(1)) ![i](x.png) [ref]: /x"
            + " *em* _em_ ~~s~~ # not a heading | cell | \r\nnext\r ``` `t` &amp; &#60;script&#62; \\<b> \u0000\ud800";
    static final String[] STARTS = {"# Heading", "1. item", "- item", "+ item", "---", "===", "> quote", "    indented", "| a | b |"};

    static AuditResult hostile() {
        AuditResult base = RichResult.build();
        Map<String, Object> host = new LinkedHashMap<>(base.host());
        host.put("hostname", HOST);
        host.put("kernel", NASTY);
        List<Finding> findings = new ArrayList<>();
        for (String value : List.of(NASTY, MARKUP)) {
            for (String start : STARTS) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("key", "net.core.somaxconn");
                evidence.put("value" + value, value);
                findings.add(new Finding("NET-SOMAXCONN-LOW", Severity.WARNING, "network", "somaxconn " + value, start + " " + value,
                        evidence, start + " remediation " + value, List.of(new FixAction.SetSysctl("net.core.somaxconn", "4096 ``` `x`")), true));
            }
        }
        findings.addAll(base.findings());
        List<AuditResult.GapReport> gaps = new ArrayList<>(base.gaps());
        gaps.add(new AuditResult.GapReport(new Gap("slab", "/proc/" + NASTY, NASTY), List.of("NET-SOMAXCONN-LOW")));
        gaps.add(new AuditResult.GapReport(new Gap("slab", "/proc/" + MARKUP, MARKUP), List.of("NET-SOMAXCONN-LOW")));
        return new AuditResult(host, "snapshot " + NASTY, base.profile(), findings, gaps, base.rulesEvaluated(),
                base.rulesNotEvaluated(), base.durationMillis(), base.waivers(), base.newSince());
    }

    /** What a Files.writeString of the report needs: no character UTF-8 cannot encode (a lone surrogate). */
    static void assertWritable(String format, String text) {
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(text), format + " holds a character UTF-8 cannot write");
    }

    @Test
    void jsonAndSarifEscapeLoneSurrogatesAndControlsAndReadBackExactly() {
        AuditResult r = hostile();
        for (String json : List.of(new JsonReport().render(r), new SarifReport(Fixtures.ruleBook().rules()).render(r))) {
            assertWritable("json", json);
            for (char c : json.toCharArray()) {
                assertFalse(c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f, "raw control U+" + Integer.toHexString(c));
            }
            assertTrue(json.contains("\\ud800") && json.contains("\\u0000") && json.contains("\\u001b"), json);
            Json.parse(json);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> host = (Map<String, Object>) ((Map<String, Object>) Json.parse(new JsonReport().render(r))).get("host");
        assertEquals(HOST, host.get("hostname"), "the host name reads back as it was, lone surrogate and NUL included");
        dev.kernlint.testing.ReportSchemas.assertValidReport(new JsonReport().render(r));
    }

    @Test
    void junitIsWellFormedXmlWithForbiddenCharactersReplaced() throws Exception {
        AuditResult r = hostile();
        String xml = new JunitReport(Fixtures.ruleBook().rules()).render(r);
        assertWritable("junit", xml);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("web1<script>alert(1)</script>\ufffd\ufffd\ufffd]0;x\ufffd", suite.getAttribute("hostname"),
                "markup kept as text, NUL, lone surrogate, ESC and BEL replaced");
        int cases = d.getElementsByTagName("testcase").getLength();
        assertEquals(new JunitReport(Fixtures.ruleBook().rules()).render(RichResult.build()).split("<testcase ").length - 1, cases,
                "no value added or removed a testcase");
        String failure = null;
        for (int i = 0; i < cases; i++) {
            Element c = (Element) d.getElementsByTagName("testcase").item(i);
            if (c.getAttribute("name").startsWith("NET-SOMAXCONN-LOW ")) {
                failure = c.getElementsByTagName("failure").item(0).getTextContent();
            }
        }
        assertTrue(failure.contains("<img src=x onerror=alert(1)>") && failure.contains("\ud800\udc00x"), "text, pairs kept: " + failure);
        assertEquals(0, d.getElementsByTagName("img").getLength() + d.getElementsByTagName("script").getLength());
    }

    @Test
    void htmlShowsMarkupAsTextAndNoAttributeOrTagComesFromAValue() {
        String html = new HtmlReport().render(hostile());
        assertWritable("html", html);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no img element");
        assertFalse(html.contains("onerror=alert(1)>"), "the tag cannot close");
        assertFalse(html.contains("\" onmouseover"), "no attribute can be opened by a quote");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
        assertTrue(html.contains("&quot; onmouseover=&quot;x&quot; &#39;"), "quotes as entities");
        assertTrue(html.contains("\\x00\\ud800\\x1b]0;x\\x07"), "controls and the lone surrogate shown as escapes");
        assertTrue(html.contains("\ud800\udc00x"), "a surrogate pair is a letter and stays");
        RawControls.assertNone("html", html);
    }

    @Test
    void textShowsEveryValueEscaped() {
        String text = new TextReport(false).render(hostile());
        assertWritable("text", text);
        RawControls.assertNone("text", text);
        assertTrue(text.contains("web1<script>alert(1)</script>\\x00\\ud800\\x1b]0;x\\x07"), text);
        String coloured = new TextReport(true).render(hostile());
        assertTrue(coloured.contains("\u001b[1m"), "the renderer's own colours stay");
        RawControls.assertNone("coloured text", coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void markdownParsesToTheRenderersStructureOnly() {
        AuditResult r = hostile();
        String md = new MarkdownReport().render(r);
        assertWritable("markdown", md);
        assertFalse(md.contains("\r"), "no CR");
        RawControls.assertNone("markdown", md);
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
        List<Node> nodes = new ArrayList<>();
        walk(doc, nodes);
        Set<String> ownHtml = Set.of("<details><summary>Evidence and remediation</summary>", "</details>", "<br>");
        for (Node n : nodes) {
            if (n instanceof HtmlInline h) {
                assertTrue(ownHtml.contains(h.getLiteral()), "inline HTML from a value: " + h.getLiteral());
            }
            if (n instanceof HtmlBlock h) {
                assertTrue(ownHtml.contains(h.getLiteral().strip()), "HTML block from a value: " + h.getLiteral());
            }
            assertFalse(n instanceof Link || n instanceof Image || n instanceof LinkReferenceDefinition, "a link from a value: " + n);
            assertFalse(n instanceof ThematicBreak, "a thematic break from a value");
        }
        long headings = nodes.stream().filter(n -> n instanceof Heading).count();
        assertEquals(1 + r.active().size(), headings, "the verdict and one per finding in the details, no more");
        long lists = nodes.stream().filter(n -> n instanceof ListBlock).count();
        long ownLists = new MarkdownReport().render(RichResult.build()).isEmpty() ? 0 : countLists(RichResult.build(), r);
        assertEquals(ownLists, lists, "lists only where the renderer makes them");
        TableBody body = (TableBody) nodes.stream().filter(n -> n instanceof TableBody).findFirst().orElseThrow();
        int rows = 0;
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            assertTrue(row instanceof TableRow);
            rows++;
        }
        assertEquals(r.active().size(), rows, "one row per finding: no CR, LF or pipe in a value split a row");
        // a fix whose value holds backticks gets no command at all (the shell builder refuses it), so no value can
        // close a fence early; the renderer still makes its fence longer than any backtick run, as a second lock
        for (Node n : nodes) {
            if (n instanceof org.commonmark.node.FencedCodeBlock f) {
                assertFalse(f.getLiteral().contains("`") || f.getLiteral().contains("<"), "a hostile value in a fix command: " + f.getLiteral());
            }
        }
        assertFalse(md.contains("4096 ``` `x`"), "the fix with backticks in its value is shown as no command");
    }

    /** The renderer's own lists: one evidence list per finding with evidence, the waiver and gap lists. */
    private static long countLists(AuditResult plain, AuditResult hostile) {
        List<Node> nodes = new ArrayList<>();
        walk(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(new MarkdownReport().render(plain)), nodes);
        long plainLists = nodes.stream().filter(n -> n instanceof ListBlock).count();
        return plainLists + (hostile.active().size() - plain.active().size()); // each added finding has an evidence list
    }

    private static void walk(Node n, List<Node> out) {
        out.add(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, out);
        }
    }
}
