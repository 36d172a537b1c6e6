package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.RichResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document d, String ruleId) {
        NodeList cases = d.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").startsWith(ruleId + " ")) {
                return e;
            }
        }
        throw new AssertionError("no testcase for " + ruleId);
    }

    @Test
    void oneTestcasePerRuleFailuresForFindingsSkippedForGaps() throws Exception {
        AuditResult r = RichResult.build();
        Document d = parse(new JunitReport(Fixtures.ruleBook().rules()).render(r));
        Element suites = d.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        NodeList cases = suite.getElementsByTagName("testcase");
        Set<String> rules = new HashSet<>(r.rulesEvaluated());
        rules.addAll(r.rulesNotEvaluated());
        assertEquals(rules.size(), cases.getLength());
        assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
        assertEquals(suite.getAttribute("tests"), suites.getAttribute("tests"));

        long failing = r.active().stream().map(Finding::rule).distinct().count();
        assertEquals(String.valueOf(failing), suite.getAttribute("failures"));
        assertEquals(failing, d.getElementsByTagName("failure").getLength());
        assertEquals(suite.getAttribute("skipped"), String.valueOf(d.getElementsByTagName("skipped").getLength()));

        Element baseline = testcase(d, "KERN-SYSCTL-BASELINE");
        Element failure = (Element) baseline.getElementsByTagName("failure").item(0);
        assertEquals("warning", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("$ sysctl -w"), "the fix is in the failure text");
        assertEquals("kernlint.sysctl", baseline.getAttribute("classname"));

        Element waived = testcase(d, "NET-TW-RECYCLE");
        assertEquals(0, waived.getElementsByTagName("failure").getLength(), "a waived finding does not fail");
        assertTrue(waived.getElementsByTagName("system-out").item(0).getTextContent().contains("legacy NAT <appliance> & 'friends'"));

        Element expired = testcase(d, "NET-SOMAXCONN-LOW");
        assertTrue(expired.getElementsByTagName("failure").item(0).getTextContent().contains("waiver expired 2001-01-01"));

        Element gap = testcase(d, "NIC-RING-BELOW-MAX");
        assertTrue(gap.getElementsByTagName("failure").getLength() == 1, "findings win over a partial gap");
        assertTrue(gap.getElementsByTagName("system-out").item(0).getTextContent().contains("/proc/slabinfo"));
    }

    @Test
    void aRuleAGapKeptFromRunningIsSkipped() throws Exception {
        Document d = parse(new JunitReport(Fixtures.ruleBook().rules()).render(Fixtures.audit("ci-db1")));
        Element nic = testcase(d, "NIC-RING-BELOW-MAX");
        assertTrue(((Element) nic.getElementsByTagName("skipped").item(0)).getAttribute("message").contains("ethtool is not installed"));
        assertEquals("0", ((Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        assertEquals("db1", ((Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("hostname"));
    }

    @Test
    void textThatXmlCannotHoldIsEscapedOrReplaced() {
        assertEquals("a &lt;b&gt; &amp; c", JunitReport.text("a <b> & c"));
        assertEquals("x\ufffdy\ufffdz\ufffd\ud83d\ude00", JunitReport.text("x\u0001y\ud800z\uffff\ud83d\ude00"));
        assertEquals("&quot;q&quot;&#10;", JunitReport.attr("\"q\"\n"));
    }
}
