#!/usr/bin/env python3
"""Writes N snapshot archives varied from one real `kernlint collect` directory, for bench/fleet.sh.

Usage: fleet-gen.py SNAPSHOT_DIR OUT_DIR N

Each host differs from the base in its name (manifest.json, kernel.hostname), and some in a few kernel parameters
(net.core.somaxconn on 3 %, tcp_tw_reuse on 5 %), the eth0 ring (rx 128 on 2 %) and TIME_WAIT sockets (a few hundred
towards one peer on 10 %). The files every host shares are written once as one gzip member; each archive is its own
small member (the changed files) followed by that shared one: a valid .tar.gz (concatenated gzip members), so a
10,000 host fleet is written in seconds, and kernlint still inflates and parses every host in full.
"""
import gzip
import io
import json
import os
import sys
import tarfile

base, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
VARIED = {"manifest.json", "proc/sys/kernel/hostname", "proc/sys/net/core/somaxconn", "proc/sys/net/ipv4/tcp_tw_reuse",
          "commands/ethtool_-g_eth0", "proc/net/tcp", "proc/net/sockstat"}


def read(rel):
    with open(os.path.join(base, rel), "rb") as f:
        return f.read()


def member(tar, rel, data):
    info = tarfile.TarInfo(rel)
    info.size = len(data)
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


shared = io.BytesIO()
with tarfile.open(fileobj=shared, mode="w", format=tarfile.GNU_FORMAT) as tar:
    for root, dirs, files in os.walk(base):
        dirs.sort()
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), base)
            if rel not in VARIED:
                member(tar, rel, read(rel))
# tarfile ends the archive with zero blocks: keep them, they end every generated archive too
shared_gz = gzip.compress(shared.getvalue(), compresslevel=6)

manifest = json.loads(read("manifest.json"))
tcp = read("proc/net/tcp").decode()
ring = read("commands/ethtool_-g_eth0").decode()
os.makedirs(out, exist_ok=True)
for i in range(n):
    host = "web%05d" % i
    files = {}
    m = dict(manifest, hostname=host)
    files["manifest.json"] = json.dumps(m).encode()
    files["proc/sys/kernel/hostname"] = (host + "\n").encode()
    files["proc/sys/net/core/somaxconn"] = b"128\n" if i % 33 == 7 else read("proc/sys/net/core/somaxconn")
    files["proc/sys/net/ipv4/tcp_tw_reuse"] = b"1\n" if i % 20 == 3 else read("proc/sys/net/ipv4/tcp_tw_reuse")
    r = ring
    if i % 50 == 11:
        head, cur = r.split("Current hardware settings:", 1)
        r = head + "Current hardware settings:" + cur.replace("RX:\t\t256", "RX:\t\t128", 1)
    files["commands/ethtool_-g_eth0"] = r.encode()
    t = tcp
    tw = 0
    if i % 10 == 5:
        tw = 200 + i % 300
        lines = [t.rstrip("\n")]
        for k in range(tw):
            lines.append("%4d: 0100007F:%04X 0A00000A:01BB 06 00000000:00000000 03:00000F1C 00000000     0        0 0 3 0000000000000000"
                         % (k + 1, 32768 + k))
        t = "\n".join(lines) + "\n"
    files["proc/net/tcp"] = t.encode()
    files["proc/net/sockstat"] = read("proc/net/sockstat").decode().replace(" tw 0 ", " tw %d " % tw).encode()
    own = io.BytesIO()
    tar = tarfile.TarFile(fileobj=own, mode="w", format=tarfile.GNU_FORMAT)
    for rel, data in files.items():
        member(tar, rel, data)
    tar.fileobj.write(b"")  # no end blocks here: the shared member follows
    own_bytes = own.getvalue()
    with open(os.path.join(out, host + ".tar.gz"), "wb") as f:
        f.write(gzip.compress(own_bytes, compresslevel=1))
        f.write(shared_gz)
