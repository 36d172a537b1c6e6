package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.NicDriver;
import dev.kernlint.fact.NicOffloads;
import dev.kernlint.parse.EthtoolSettingsParser.LinkSettings;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `ethtool IF`, `ethtool -k IF` and `ethtool -i IF` as ethtool 3.x and 6.x print them. */
class EthtoolParsersTest {

    @Test
    void oldEthtoolWrapsLinkModesOverSeveralLines() {
        LinkSettings s = EthtoolSettingsParser.parse("eth0", Fixtures.sample("ethtool-e1000e-3.18-100mbit.txt"));
        assertEquals(List.of("10baseT/Half", "10baseT/Full", "100baseT/Half", "100baseT/Full", "1000baseT/Full"), s.supported());
        assertEquals(1000L, s.bestSupportedMbps());
        assertEquals(1000L, s.bestAdvertisedMbps());
        assertNull(s.bestPartnerMbps(), "ethtool 3.x does not print the link partner here");
        assertEquals("100Mb/s", s.speed());
        assertEquals("Full", s.duplex());
        assertEquals(Boolean.TRUE, s.linkDetected());
    }

    @Test
    void newEthtoolPrintsOneModePerLineAndThePartner() {
        LinkSettings s = EthtoolSettingsParser.parse("ens1f0np0", Fixtures.sample("ethtool-mlx5-6.1-25g.txt"));
        assertEquals(5, s.supported().size());
        assertEquals(25000L, s.bestSupportedMbps());
        assertEquals(10000L, s.bestPartnerMbps(), "the switch port offers 10G only");
        assertEquals("10000Mb/s", s.speed());
    }

    @Test
    void virtioReportsNoModes() {
        LinkSettings s = EthtoolSettingsParser.parse("eth0", Fixtures.sample("ethtool-virtio-6.1.txt"));
        assertTrue(s.supported().isEmpty());
        assertNull(s.bestSupportedMbps());
        assertEquals("Unknown!", s.speed());
    }

    @Test
    void linkModeSpeeds() {
        assertEquals(100000L, LinkModes.mbps("100000baseLR4_ER4/Full"));
        assertEquals(10000L, LinkModes.mbps("10000baseR_FEC"));
        assertEquals(10L, LinkModes.mbps("10baseT/Half"));
        assertNull(LinkModes.mbps("Not"));
        assertEquals(400000L, LinkModes.bestMbps(List.of("25000baseCR/Full", "400000baseCR4/Full", "100000baseCR2/Full")));
    }

    @Test
    void settingsWithoutHeaderAreRefused() {
        assertThrows(ParseException.class, () -> EthtoolSettingsParser.parse("eth0", "Cannot get device settings: No such device\n"));
    }

    @Test
    void offloadsOffButChangeableIgnoreFixedOnes() {
        NicOffloads virtio = EthtoolFeaturesParser.parse("eth0", Fixtures.sample("ethtool-k-virtio-6.1.txt"));
        assertTrue(virtio.offButChangeable().isEmpty(), "rx-checksumming on [fixed], GRO and TSO on");
        assertEquals("off [fixed]", virtio.features().get("large-receive-offload"));

        NicOffloads ixgbe = EthtoolFeaturesParser.parse("eth2", Fixtures.sample("ethtool-k-ixgbe-gro-off.txt"));
        assertEquals(List.of("tcp-segmentation-offload", "generic-receive-offload"), ixgbe.offButChangeable());
        assertEquals("ethtool -K eth2 tso on gro on", ixgbe.enableCommand());
        assertEquals("off [fixed]", ixgbe.features().get("tx-checksum-ipv4"), "sub-features are kept by name");
    }

    @Test
    void requestedOnCountsAsOffAndFixedRxDoesNot() {
        NicOffloads o = EthtoolFeaturesParser.parse("eth1", Fixtures.sample("ethtool-k-requested-on.txt"));
        assertEquals(List.of("tcp-segmentation-offload"), o.offButChangeable());
    }

    @Test
    void driverInfoWithAndWithoutFirmware() {
        NicDriver ixgbe = EthtoolDriverParser.parse("eth0", Fixtures.sample("ethtool-i-ixgbe.txt"));
        assertEquals("ixgbe", ixgbe.driver());
        assertEquals("0x800003e7, 1.2074.0", ixgbe.firmware());
        assertEquals("0000:03:00.0", ixgbe.busInfo());
        NicDriver virtio = EthtoolDriverParser.parse("eth0", Fixtures.sample("ethtool-i-virtio-6.1.txt"));
        assertEquals("virtio_net", virtio.driver());
        assertNull(virtio.firmware(), "an empty firmware-version is unknown");
        NicDriver ifb = EthtoolDriverParser.parse("ifb0", Fixtures.sample("ethtool-i-ifb-6.1.txt"));
        assertNull(ifb.busInfo(), "a virtual device has no bus");
        assertThrows(ParseException.class, () -> EthtoolDriverParser.parse("x", "Cannot get driver information: No such device\n"));
    }

    @Test
    void bondMembersFromSysfsAndProc() {
        assertEquals(List.of("eth0", "eth1"), BondingParser.sysfsSlaves("eth0 eth1\n"));
        assertTrue(BondingParser.sysfsSlaves("\n").isEmpty());
        assertEquals(List.of("eno1", "eno2"), BondingParser.procSlaves(Fixtures.sample("proc-net-bonding-bond0.txt")));
        assertThrows(ParseException.class, () -> BondingParser.procSlaves("garbage"));
    }
}
