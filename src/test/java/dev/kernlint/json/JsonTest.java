package dev.kernlint.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void roundTripsAReportShapedDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "kernlint-report/1");
        doc.put("count", 42L);
        doc.put("share", 0.875);
        doc.put("negative", -7L);
        doc.put("big", 34359738367L);
        doc.put("ok", true);
        doc.put("bad", false);
        doc.put("none", null);
        doc.put("empty_list", List.of());
        doc.put("empty_map", Map.of());
        doc.put("list", Arrays.asList(1L, "two", null, List.of(3L), Map.of("k", "v")));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("port_range", "32768 60999");
        nested.put("rules", List.of("NET-TW-RECYCLE", "KERN-SYSCTL-BASELINE"));
        doc.put("nested", nested);

        String text = Json.write(doc);
        assertEquals(doc, Json.parse(text));
        assertEquals(text, Json.write(Json.parse(text)), "writing what was read gives the same text");
    }

    @Test
    void escapesWhatJsonRequires() {
        String nasty = "quote \" backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000 unicode é ✓ /";
        String text = Json.write(Map.of("s", nasty));
        assertTrue(text.contains("\\\""), text);
        assertTrue(text.contains("\\\\"), text);
        assertTrue(text.contains("\\n"), text);
        assertTrue(text.contains("\\t"), text);
        assertTrue(text.contains("\\u0007"), text);
        assertTrue(text.contains("\\u0000"), text);
        assertEquals(1, text.strip().lines().filter(l -> l.contains("\"s\"")).count(), "no raw newline inside the string");
        assertEquals(Map.of("s", nasty), Json.parse(text));
    }

    @Test
    void readsEscapesOtherWritersUse() {
        assertEquals("a/b\bc\fd\u00e9", Json.parse("\"a\\/b\\bc\\fd\\u00e9\""));
        assertEquals("\ud83d\ude00", Json.parse("\"\\ud83d\\ude00\""), "a surrogate pair stays one code point");
    }

    @Test
    void readsNumbersAsLongOrDouble() {
        assertEquals(List.of(0L, -1L, 1.5, 1.0e10, -2.5e-3), Json.parse("[0, -1, 1.5, 1e10, -2.5E-3]"));
    }

    @Test
    void writesNonFiniteNumbersAsNull() {
        assertEquals("null", Json.write(Double.NaN).strip());
        assertEquals("null", Json.write(Double.POSITIVE_INFINITY).strip());
    }

    @Test
    void writesEnumsAsLowerCaseNames() {
        assertEquals("\"missing\"", Json.write(dev.kernlint.source.ReadStatus.MISSING).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "}", "[1, 2", "[1,]", "{\"a\" 1}", "{\"a\": }", "{a: 1}", "\"unterminated",
            "tru", "nul", "1.2.3", "-", "[1] x", "{\"a\": 1,}", "\"bad \\u12G4\"", "'single'"})
    void refusesMalformedDocumentsWithTheOffset(String text) {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(text));
        assertTrue(e.getMessage().contains("at offset"), e.getMessage());
    }

    @Test
    void refusesDocumentsNestedTooDeep() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(deep));
        assertTrue(e.getMessage().contains("nesting too deep"), e.getMessage());
    }

    @Test
    void keepsKeyOrder() {
        Object o = Json.parse("{\"z\": 1, \"a\": 2, \"m\": 3}");
        assertEquals(List.of("z", "a", "m"), new ArrayList<>(((Map<?, ?>) o).keySet()));
    }
}
