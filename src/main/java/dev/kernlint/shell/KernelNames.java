package dev.kernlint.shell;

import java.util.regex.Pattern;

/**
 * The shapes a value from a host must have before it goes into a command or a generated file: a key the kernel
 * could have, a value of the form sysctl values take, an interface name as the kernel allows, a device path.
 * Each check answers null (fine) or why not, for the advice line that replaces the command.
 */
public final class KernelNames {
    /** Dotted segments; '/' inside a segment stands for '.' in a path part (VLAN names), never a leading one. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_/-]*(\\.[A-Za-z0-9_][A-Za-z0-9_/-]*)+");
    /** Numbers, vectors ("1024 65535") and simple tokens (bbr, fq_codel, 0-3); one space between words. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:,/+@%-]+( [A-Za-z0-9_.:,/+@%-]+)*");
    /** What the kernel's dev_valid_name allows that is also safe in a path and argv (IFNAMSIZ 16 with the NUL). */
    public static final Pattern IFACE = Pattern.compile("[A-Za-z0-9_.@-][A-Za-z0-9_.@+-]{0,14}");
    /** /dev/sda, /dev/bus/0, /dev/cciss/c0d0: no "..", nothing but path characters. */
    private static final Pattern DEVICE = Pattern.compile("/dev(/[A-Za-z0-9_:+-][A-Za-z0-9_.:+-]*)+");
    /** smartctl -d types: sat, nvme, megaraid,3, sat+megaraid,3, cciss,1. */
    private static final Pattern DEVICE_TYPE = Pattern.compile("[a-z][a-z0-9_+]*(,[0-9]+)?");
    private static final int MAX = 256;

    private KernelNames() {}

    public static String keyProblem(String key) {
        if (key == null || key.length() > MAX || !KEY.matcher(key).matches()) {
            return "key '" + oneLine(key) + "' is not a kernel parameter name kernlint puts in a command or file";
        }
        return null;
    }

    public static String valueProblem(String key, String value) {
        if (value == null || value.length() > MAX || !VALUE.matcher(value).matches()) {
            return "value '" + oneLine(value) + "' for " + oneLine(key) + " has characters kernlint does not put in a"
                    + " command or file (allowed: letters, digits, single spaces and . _ : , / + @ % -)";
        }
        return null;
    }

    public static String ifaceProblem(String iface) {
        if (!isIface(iface)) {
            return "interface name '" + oneLine(iface) + "' is not one kernlint puts in a command";
        }
        return null;
    }

    /** A name the kernel allows, and not one argv or a path would misread ("-G", ".", ".."). */
    public static boolean isIface(String iface) {
        return iface != null && IFACE.matcher(iface).matches() && !iface.startsWith("-") && !iface.startsWith(".");
    }

    /** The interface name when it may be shown in a command, else the placeholder (a message's "IF"). */
    public static String ifaceOr(String iface, String placeholder) {
        return isIface(iface) ? iface : placeholder;
    }

    public static boolean isDevice(String device) {
        return device != null && device.length() <= MAX && DEVICE.matcher(device).matches();
    }

    public static boolean isDeviceType(String type) {
        return type != null && type.length() <= 64 && DEVICE_TYPE.matcher(type).matches();
    }

    /** A value quoted in a reason: kept, but on one line and short. */
    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 80));
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.length() < s.length() ? sb + "..." : sb.toString();
    }
}
