#!/usr/bin/env python3
"""Rebuilds the committed fuzz seed corpus (src/test/resources/<package>/<Class>Inputs/<method>/) from real inputs:
the parser test samples, the fixture snapshots, the bundled profiles and, with --host, this machine's kernel files
(/proc/meminfo, /proc/zoneinfo...; no process, socket, mount or command-line data) and ethtool. Run by hand when
a parser learns a new format; the corpus is committed, not built in CI.
Existing seeds are kept (a crash added as a regression input stays); new ones are added by content hash.
Usage: bench/fuzz-corpus.py [--host] [JSON_REPORT...]"""
import glob, gzip, hashlib, io, os, subprocess, sys, tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "src/test/resources")
SAMPLES = os.path.join(RES, "samples")
SNAP = os.path.join(RES, "snapshots")
MAX = 64 * 1024  # libFuzzer takes its -max_len from the longest seed: keep runs fast
HOST = "--host" in sys.argv
REPORTS = [a for a in sys.argv[1:] if not a.startswith("--")]

def read(p):
    try:
        with open(p, "rb") as f:
            return f.read(MAX + 1)
    except OSError:
        return None

def run(*argv):
    try:
        return subprocess.run(argv, capture_output=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None

def add(target, data, label=""):
    if data is None or len(data) > MAX:
        return
    cls, method = target
    pkg = {"Snapshot": "dev/kernlint/source", "ReportJson": "dev/kernlint/report", "Profile": "dev/kernlint/profile"}
    path = pkg.get(cls.replace("FuzzTest", ""), "dev/kernlint/parse")
    d = os.path.join(RES, path, cls + "Inputs", method)
    os.makedirs(d, exist_ok=True)
    h = hashlib.sha1(data).hexdigest()[:12]
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in label)[:60]
    name = (safe + "-" if safe else "") + h
    if not any(f.endswith(h) for f in os.listdir(d)):
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)

def files(*patterns):
    for pat in patterns:
        for p in sorted(glob.glob(pat, recursive=True)):
            if os.path.isfile(p):
                yield p

def label(p):
    return os.path.relpath(p, RES).replace("/", "_")

def each(target, *patterns):
    for p in files(*patterns):
        add(target, read(p), label(p))

def host(target, *paths):
    if HOST:
        for p in paths:
            add(target, read(p), "host" + p.replace("/", "_"))

def pair(target, a, b, name):
    if a is not None and b is not None:
        add(target, a + b"\0" + b, name)

P = "ProcFilesFuzzTest"
each((P, "memInfo"), SAMPLES + "/*meminfo*", SAMPLES + "/proc/meminfo*", SNAP + "/*/proc/meminfo")
host((P, "memInfo"), "/proc/meminfo", "/sys/devices/system/node/node0/meminfo")
each((P, "vmStat"), SAMPLES + "/proc/vmstat*", SNAP + "/*/proc/vmstat")
host((P, "vmStat"), "/proc/vmstat")
for s in sorted(glob.glob(SNAP + "/*")):
    pair((P, "pageSize"), read(s + "/proc/meminfo"), read(s + "/proc/vmstat"), "snap-" + os.path.basename(s))
pair((P, "pageSize"), read(SAMPLES + "/proc/meminfo-6.18.txt"), read(SAMPLES + "/proc/vmstat-6.18.txt"), "samples-6.18")
pair((P, "pageSize"), read(SAMPLES + "/proc/meminfo-2.6.32.txt"), read(SAMPLES + "/proc/vmstat-2.6.32.txt"), "samples-2.6.32")
if HOST:
    pair((P, "pageSize"), read("/proc/meminfo"), read("/proc/vmstat"), "host")
each((P, "kernelStat"), SAMPLES + "/proc/stat-*", SNAP + "/*/proc/stat")
host((P, "kernelStat"), "/proc/stat")
each((P, "loadAvg"), SAMPLES + "/proc/loadavg*", SNAP + "/*/proc/loadavg")
host((P, "loadAvg"), "/proc/loadavg")
each((P, "uptime"), SNAP + "/*/proc/uptime")
host((P, "uptime"), "/proc/uptime")
each((P, "dentryState"), SAMPLES + "/proc/dentry-state*", SNAP + "/*/proc/sys/fs/dentry-state")
host((P, "dentryState"), "/proc/sys/fs/dentry-state")
each((P, "pressure"), SAMPLES + "/pressure-*", SNAP + "/*/proc/pressure/*")
host((P, "pressure"), "/proc/pressure/cpu", "/proc/pressure/io", "/proc/pressure/memory")
each((P, "zoneInfo"), SAMPLES + "/zoneinfo-*", SNAP + "/*/proc/zoneinfo")
host((P, "zoneInfo"), "/proc/zoneinfo")
each((P, "slabInfo"), SAMPLES + "/proc/slabinfo*", SNAP + "/*/proc/slabinfo")
host((P, "slabInfo"), "/proc/slabinfo")
each((P, "processStat"), SAMPLES + "/proc/pid-stat-*", SNAP + "/*/proc/[0-9]*/stat")
each((P, "processStatus"), SAMPLES + "/proc/pid-status-*", SNAP + "/*/proc/[0-9]*/status")
each((P, "statm"), SNAP + "/*/proc/[0-9]*/statm")
host((P, "statm"), "/proc/self/statm")  # seven numbers, nothing else
add((P, "statm"), b"1523860 405923 7130 1 0 1711049 0\n", "java-6.18")
add((P, "statm"), b"0 0 0 0 0 0 0\n", "kthread")
each((P, "schedDebug"), SAMPLES + "/sched*", SNAP + "/*/proc/sched_debug", SNAP + "/*/sys/kernel/debug/sched/debug")
each((P, "cpuInfo"), SAMPLES + "/cpuinfo-*", SNAP + "/*/proc/cpuinfo")
host((P, "cpuInfo"), "/proc/cpuinfo")
each((P, "cpuList"), SNAP + "/*/sys/devices/system/cpu/online", SNAP + "/*/sys/devices/system/cpu/present",
     SNAP + "/*/sys/devices/system/cpu/offline", SNAP + "/*/sys/devices/system/node/node*/cpulist")
host((P, "cpuList"), "/sys/devices/system/cpu/online", "/sys/devices/system/cpu/possible", "/sys/devices/system/node/online")
for s in sorted(glob.glob(SNAP + "/*/sys/devices/system/memory")):
    pair((P, "memoryBlock"), read(s + "/block_size_bytes"), read(s + "/memory0/state"), "snap-" + s.split("/")[-5])
if HOST:
    pair((P, "memoryBlock"), read("/sys/devices/system/memory/block_size_bytes"), read("/sys/devices/system/memory/memory0/state"), "host")
each((P, "kernelCmdline"), SNAP + "/*/proc/cmdline")
add((P, "kernelCmdline"), b"BOOT_IMAGE=/boot/vmlinuz-6.1.0-28-amd64 root=UUID=0b3c9d7e-5f1a-4c2e-9d8b-7a6f5e4d3c2b ro quiet\n", "debian-12")
add((P, "kernelCmdline"), b'BOOT_IMAGE=(hd0,gpt2)/vmlinuz-5.14.0-427.el9.x86_64 root=/dev/mapper/rhel-root ro crashkernel=1G-4G:192M,4G-64G:256M rd.lvm.lv=rhel/root isolcpus=2-7 nohz_full=2-7 dyndbg="file drivers/usb/* +p"\n', "rhel-9-quoted")
each((P, "kernelRelease"), SNAP + "/*/proc/sys/kernel/osrelease", SNAP + "/*/commands/uname_-r")
host((P, "kernelRelease"), "/proc/sys/kernel/osrelease")
for s in sorted(glob.glob(SNAP + "/*/sys/fs/cgroup")):
    pair((P, "cgroup"), read(s + "/cpu.max") or b"max 100000\n", read(s + "/pids.max") or b"max\n", "snap-" + s.split("/")[-4])
add((P, "cgroup"), b"max 100000\n\0max\n", "v2-unlimited")
add((P, "cgroup"), b"200000 100000\n\0" + b"4096\n", "v2-limited")
add((P, "cgroup"), b"-1\n\0" + b"-1\n", "v1-no-quota")
each((P, "uevent"), SNAP + "/*/sys/class/net/*/device/uevent", SNAP + "/*/sys/block/*/device/uevent")
if HOST:
    for p in sorted(glob.glob("/sys/class/net/*/device/uevent") + glob.glob("/sys/block/*/device/uevent")):
        add((P, "uevent"), read(p), "host" + p.replace("/", "_"))
each((P, "mounts"), SAMPLES + "/mounts-*", SNAP + "/*/proc/self/mounts", SNAP + "/*/proc/mounts")

N = "NetFuzzTest"
each((N, "netSnmp"), SAMPLES + "/snmp-*", SAMPLES + "/netstat-*", SNAP + "/*/proc/net/snmp", SNAP + "/*/proc/net/netstat")
host((N, "netSnmp"), "/proc/net/snmp", "/proc/net/netstat")
each((N, "sockStat"), SAMPLES + "/sockstat*", SNAP + "/*/proc/net/sockstat*")
host((N, "sockStat"), "/proc/net/sockstat", "/proc/net/sockstat6")
each((N, "softnetStat"), SAMPLES + "/softnet_stat-*", SNAP + "/*/proc/net/softnet_stat")
host((N, "softnetStat"), "/proc/net/softnet_stat")
each((N, "tcpTable"), SAMPLES + "/proc-net-tcp*", SNAP + "/*/proc/net/tcp", SNAP + "/*/proc/net/tcp6")
for s in sorted(glob.glob(SNAP + "/*/proc/sys/net/ipv4")):
    pair((N, "portRange"), read(s + "/ip_local_port_range"), read(s + "/ip_local_reserved_ports") or b"", "snap-" + s.split("/")[-5])
if HOST:
    pair((N, "portRange"), read("/proc/sys/net/ipv4/ip_local_port_range"), read("/proc/sys/net/ipv4/ip_local_reserved_ports"), "host")
add((N, "portRange"), b"32768\t60999\n\08080,9000-9100\n", "reserved-ranges")
for s in sorted(glob.glob(SNAP + "/*/sys/class/net/*/bonding/slaves")):
    bond = os.path.basename(os.path.dirname(os.path.dirname(s)))
    proc = os.path.join(s.split("/sys/")[0], "proc/net/bonding", bond)
    pair((N, "bonding"), read(s), read(proc) or b"", "snap-" + bond)
pair((N, "bonding"), b"eth0 eth1\n", read(SAMPLES + "/proc-net-bonding-bond0.txt"), "samples-bond0")

E = "EthtoolFuzzTest"
each((E, "driver"), SAMPLES + "/ethtool-i-*", SNAP + "/*/commands/ethtool_-i_*")
each((E, "features"), SAMPLES + "/ethtool-k-*", SNAP + "/*/commands/ethtool_-k_*")
each((E, "ring"), SAMPLES + "/ethtool-g-*", SNAP + "/*/commands/ethtool_-g_*")
each((E, "settings"), SAMPLES + "/ethtool-e1000e-*", SAMPLES + "/ethtool-mlx5-*", SAMPLES + "/ethtool-virtio-*",
     SNAP + "/*/commands/ethtool_e*")
each((E, "stats"), SAMPLES + "/ethtool-S-*", SNAP + "/*/commands/ethtool_-S_*")
if HOST:
    for flag, m in (("-i", "driver"), ("-k", "features"), ("-g", "ring"), (None, "settings"), ("-S", "stats")):
        add((E, m), run("ethtool", *([flag] if flag else []), "eth0"), "host-ethtool-" + (flag or "") + "-eth0")

D = "DiskFuzzTest"
each((D, "df"), SAMPLES + "/df-*", SNAP + "/*/commands/df_*")
each((D, "smartScan"), SAMPLES + "/smartctl-scan-*", SNAP + "/*/commands/smartctl_--scan-open")
each((D, "smartctl"), SAMPLES + "/smartctl-[a-rt-z]*", SAMPLES + "/smartctl-sas-*", SNAP + "/*/commands/smartctl_-H_-A_*")
for name, vendor, model in (("sda", "ATA", "Samsung SSD 860"), ("nvme0n1", "", ""), ("cciss!c0d0", "HP", "LOGICAL VOLUME"),
                            ("sdb", "DELL", "PERC H730P Mini"), ("sdc", "LSI", "MR9361-8i"), ("vda", "0x1af4", "")):
    add((D, "blockDeviceNames"), name.encode() + b"\0" + vendor.encode() + b"\n" + model.encode(), name.replace("!", "_"))

M = "DmiFuzzTest"
each((M, "dmiDecode"), SAMPLES + "/dmidecode-*", SNAP + "/*/commands/dmidecode_*")
each((M, "dmiInventory"), SAMPLES + "/dmidecode-*", SNAP + "/*/commands/dmidecode_*")
for v in (b"16 GB", b"16384 MB", b"512 kB", b"1 TB", b"No Module Installed", b"Not Installed", b"Unknown", b"8 GiB"):
    add((M, "dmiSize"), v, v.decode())

S = "SysctlConfFuzzTest"
each((S, "sysctlConf"), SAMPLES + "/sysctl/*", SNAP + "/*/etc/sysctl.conf", SNAP + "/*/etc/sysctl.d/*", SNAP + "/*/usr/lib/sysctl.d/*")
if HOST:
    for p in sorted(glob.glob("/etc/sysctl.conf") + glob.glob("/etc/sysctl.d/*") + glob.glob("/usr/lib/sysctl.d/*")):
        add((S, "sysctlConf"), read(p), "host" + p.replace("/", "_"))
names = sorted({os.path.basename(p) for p in glob.glob(SNAP + "/*/etc/sysctl.d/*") + glob.glob(SNAP + "/*/usr/lib/sysctl.d/*")})
add((S, "sysctlPrecedence"), "\n".join(names).encode(), "fixture-names")
add((S, "sysctlPrecedence"), b"50-default.conf\n99-sysctl.conf\n.hidden.conf\nREADME\n10-network-security.conf\n", "debian-names")

def tarball(root):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
        for p in sorted(glob.glob(root + "/**", recursive=True)):
            if os.path.isfile(p):
                info = t.gettarinfo(p, os.path.relpath(p, root))
                info.uid = info.gid = 0
                info.uname = info.gname = "root"
                info.mtime = 0
                with open(p, "rb") as f:
                    t.addfile(info, f)
    return buf.getvalue()

for i, s in enumerate(sorted(glob.glob(SNAP + "/*"))):
    tar = tarball(s)
    # a third of the fixture snapshots as archives: the tar layer needs no 70 copies of the same layout
    if len(tar) <= MAX and i % 3 == 0:
        add(("SnapshotFuzzTest", "tar"), tar, os.path.basename(s))
        add(("SnapshotFuzzTest", "tarGz"), gzip.compress(tar, mtime=0), os.path.basename(s))
    add(("SnapshotFuzzTest", "manifest"), read(s + "/manifest.json"), os.path.basename(s))
    add(("ReportJsonFuzzTest", "json"), read(s + "/manifest.json"), "manifest-" + os.path.basename(s))
for r in REPORTS:
    add(("ReportJsonFuzzTest", "json"), read(r), os.path.basename(r))
    add(("ReportJsonFuzzTest", "priorReport"), read(r), os.path.basename(r))

each(("ProfileFuzzTest", "profile"), ROOT + "/profiles/*.yaml", RES + "/profiles/*.yaml")
for w in (b'waivers:\n  - rule: NET-TW-RECYCLE\n    match: {key: net.ipv4.tcp_tw_recycle}\n    hosts: ["db-*"]\n'
          b'    reason: "legacy NAT appliance, replaced in Q1"\n    owner: net-team\n    expires: 2027-03-31\n',
          b"waivers:\n  - {rule: NET-TW-RECYCLE, reason: old, owner: a, expires: 2020-01-01}\n"
          b"  - {rule: NET-TW-RECYCLE, reason: new, owner: b, expires: 2030-01-01}\n",
          b"waivers:\n  - {rule: NET-TW-RECYCLE, match: {key: 'net.ipv4.tcp_tw_*'}, hosts: WEB1, reason: r, owner: o, expires: 2030-01-01}\n",
          b"waivers:\n"):
    add(("ProfileFuzzTest", "waivers"), w)
