package dev.kernlint.collect;

import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Ethernet interfaces of /sys/class/net, the one place that decides which interfaces NIC collectors look at.
 * Names are checked before they can reach an ethtool argv.
 */
public final class NetInterfaces {
    static final String NET = "/sys/class/net";

    /** What the kernel accepts as an interface name (dev_valid_name): 1-15 bytes, no '/', ':' or white space. */
    public static final Pattern IFACE = dev.kernlint.shell.KernelNames.IFACE;

    private NetInterfaces() {}

    /** Interfaces whose type is ARPHRD_ETHER (1): loopback (772), tunnels and the like are left out. */
    public static List<String> ethernet(Source source) {
        List<String> out = new ArrayList<>();
        for (String iface : source.list(NET)) {
            // bonding_masters is a file among the interface directories
            if (!IFACE.matcher(iface).matches() || iface.equals(".") || iface.equals("..") || !source.isDirectory(NET + "/" + iface)) {
                continue;
            }
            Input type = source.read(NET + "/" + iface + "/type");
            if (type.isOk() && !type.text().strip().equals("1")) {
                continue;
            }
            out.add(iface);
        }
        return out;
    }

    /**
     * True for an interface backed by a device (PCI, virtio, Xen): it has /sys/class/net/IF/device. Bridges, veth,
     * VLANs, bonds and ifb have none, and no link modes, firmware or offloads of their own worth reviewing.
     * Reading device/uevent rather than testing the directory keeps the answer in a snapshot.
     */
    public static Input deviceUevent(Source source, String iface) {
        return source.read(NET + "/" + iface + "/device/uevent");
    }
}
