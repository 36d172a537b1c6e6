package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.testing.RichResult;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void oneSelfContainedFileWithEverySection() {
        AuditResult r = RichResult.build();
        String html = new HtmlReport().render(r);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String section : List.of("id=\"critical\"", "id=\"warning\"", "id=\"info\"", "id=\"waived\"", "id=\"waivers\"",
                "id=\"inventory\"", "id=\"gaps\"")) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("$ sysctl") || html.contains("sysctl -w net.ipv4.tcp_max_syn_backlog=4096"), "fix commands are shown");
        assertTrue(html.contains("Waiver expired on 2001-01-01"));
        // nothing is loaded from anywhere: no scripts, links, images, frames, fonts or remote URLs
        assertFalse(Pattern.compile("<(script|link|img|iframe|object|embed)\\b", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("(src|href)\\s*=|url\\(|@import|https?://", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        // every text from the host is escaped
        assertFalse(html.contains("<appliance>") || html.contains("<root>"));
        assertTrue(html.contains("legacy NAT &lt;appliance&gt; &amp; &#39;friends&#39;"));
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** A person's view: headless Chromium (Debian's package) renders the file; the screenshot is kept in target/. */
    @Test
    void headlessChromiumRendersIt() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium): HTML screenshot skipped");
        Path html = dir.resolve("report.html");
        Files.writeString(html, new HtmlReport().render(RichResult.build()), StandardCharsets.UTF_8);
        Path png = Path.of("target", "html-report.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,1800", "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(dir.resolve("chromium.log")));
        }
        assertTrue(Files.exists(png), "no screenshot; chromium said: " + Files.readString(dir.resolve("chromium.log")));
        assertTrue(Files.size(png) > 20_000, "a screenshot of the report is more than a blank page: " + Files.size(png) + " bytes");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "rendered text and badges, not one flat colour: " + colours.size() + " colours");
        // the red of the critical badge (#b3261e) is on the page
        assertTrue(colours.stream().anyMatch(c -> Math.abs(((c >> 16) & 0xff) - 0xb3) < 8 && Math.abs(((c >> 8) & 0xff) - 0x26) < 8
                && Math.abs((c & 0xff) - 0x1e) < 8), "the critical badge is drawn");
    }
}
