package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.report.JsonReport;
import dev.kernlint.report.TextReport;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTest {

    @SuppressWarnings("unchecked")
    @Test
    void jsonHostKeepsItsKeysAndGainsTheInventory() {
        AuditResult r = Fixtures.audit("server-r740-healthy");
        Map<String, Object> json = (Map<String, Object>) Json.parse(new JsonReport().render(r));
        Map<String, Object> host = (Map<String, Object>) json.get("host");
        assertEquals(List.of("hostname", "kernel", "collected_at", "inventory"), List.copyOf(host.keySet()));
        Map<String, Object> inv = (Map<String, Object>) host.get("inventory");
        assertEquals("PowerEdge R740", ((Map<String, Object>) inv.get("system")).get("product"));
        Map<String, Object> cpu = (Map<String, Object>) inv.get("cpu");
        assertEquals(2L, ((Number) cpu.get("sockets")).longValue());
        assertEquals(2, ((List<?>) cpu.get("processors")).size());
        assertEquals(2L, ((Number) ((Map<String, Object>) inv.get("numa")).get("nodes")).longValue());
        Map<String, Object> mem = (Map<String, Object>) inv.get("memory");
        assertEquals(96L << 30, ((Number) mem.get("dimm_bytes")).longValue());
        assertEquals(96L << 30, ((Number) mem.get("kernel_bytes")).longValue());
        Map<String, Object> nic = (Map<String, Object>) ((List<?>) inv.get("nics")).get(0);
        assertEquals("eno1", nic.get("name"));
        assertEquals("ixgbe", nic.get("driver"));
        assertEquals(1000L, ((Number) nic.get("speed_mbps")).longValue());
        assertEquals(4096L, ((Number) nic.get("rx_ring_max")).longValue());
        List<?> disks = (List<?>) inv.get("disks");
        assertTrue(disks.stream().anyMatch(d -> "megaraid".equals(((Map<?, ?>) d).get("controller"))));
        assertEquals(2, ((List<?>) inv.get("filesystems")).size(), "/ and /boot; tmpfs and overlay are not disks");
    }

    @Test
    void textReportHasAShortInventoryHeader() {
        String text = new TextReport(false).render(Fixtures.audit("server-r740-healthy"));
        List<String> head = text.lines().limit(6).toList();
        assertTrue(head.get(1).contains("Dell Inc. PowerEdge R740") && head.get(1).contains("2 NUMA nodes"), head.toString());
        assertTrue(head.get(2).startsWith("  memory: 96 GiB in 3 of 4 DIMM slots"), head.toString());
        assertTrue(head.get(3).contains("eno1 ixgbe 1000 Mb/s"), head.toString());
        assertTrue(head.get(4).contains("sda scsi") && head.get(4).contains("(megaraid)"), head.toString());
    }

    @Test
    void aSnapshotWithNothingOfItStillHasAnInventoryObject() {
        AuditResult r = Fixtures.audit("disk-space-ok");
        assertTrue(r.host().get("inventory") instanceof Map<?, ?> m && m.containsKey("filesystems"));
    }
}
