package dev.kernlint.collect;

import dev.kernlint.fact.FilesystemUsage;
import dev.kernlint.parse.DfParser;
import dev.kernlint.parse.DfParser.DfRow;
import dev.kernlint.parse.MountsParser;
import dev.kernlint.parse.MountsParser.Mount;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Space and inodes of the disk-backed filesystems. Java has no statvfs for inodes, so both come from
 * `df -P -k -l` and `df -P -i -l`: the same numbers statvfs gives, recorded in a snapshot like any command, so a
 * snapshot audits exactly as the live host did. -l keeps df away from network mounts (a dead NFS server would
 * hang it). /proc/self/mounts gives each mount's type: only disk filesystems count (tmpfs, overlay, squashfs,
 * proc, cgroup, nsfs... never); a device mounted twice (bind mounts) counts once.
 */
public final class FilesystemCollector implements Collector {
    static final String MOUNTS = "/proc/self/mounts";
    static final List<String> DF_SPACE = List.of("df", "-P", "-k", "-l");
    static final List<String> DF_INODES = List.of("df", "-P", "-i", "-l");
    /** Filesystems that live on a block device; squashfs and iso9660 are left out: read-only and always full. */
    static final Set<String> DISK_FILESYSTEMS = Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "f2fs", "jfs",
            "reiserfs", "vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "bcachefs", "nilfs2", "ocfs2", "gfs2", "hfsplus", "ufs");

    @Override
    public String area() {
        return "disk";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input mounts = source.read(MOUNTS);
        if (!mounts.isOk()) {
            facts.gap(area(), mounts);
            return;
        }
        Map<String, String> typeByMount = new HashMap<>();
        try {
            for (Mount m : MountsParser.parse(mounts.text())) {
                typeByMount.put(m.mountPoint(), m.fstype()); // a later mount on the same point hides the earlier one
            }
        } catch (ParseException e) {
            facts.gap(area(), MOUNTS, "unparseable: " + e.getMessage());
            return;
        }
        List<DfRow> space = df(source, facts, DF_SPACE);
        if (space == null) {
            return;
        }
        List<DfRow> inodes = df(source, facts, DF_INODES);
        Map<String, DfRow> inodesByMount = new HashMap<>();
        if (inodes != null) {
            inodes.forEach(r -> inodesByMount.put(r.mount(), r));
        }
        Set<String> devices = new HashSet<>();
        for (DfRow r : space) {
            String type = typeByMount.get(r.mount());
            if (type == null || !DISK_FILESYSTEMS.contains(type) || !devices.add(r.filesystem())) {
                continue;
            }
            DfRow i = inodesByMount.get(r.mount());
            facts.add(new FilesystemUsage(r.mount(), r.filesystem(), type, r.total(), r.used(), r.available(),
                    i == null ? null : i.total(), i == null ? null : i.used()));
        }
    }

    private List<DfRow> df(Source source, Facts facts, List<String> argv) {
        String name = String.join(" ", argv);
        // df exits 1 when one mount could not be read (a FUSE mount of another user) and still prints the rest
        Input in = source.run(argv, code -> code <= 1);
        if (!in.isOk()) {
            boolean missing = in.status() == ReadStatus.MISSING && in.detail().contains("command not found");
            facts.gap(area(), name, missing ? "df is not installed (apt-get install coreutils)" : in.reason());
            return null;
        }
        try {
            return DfParser.parse(in.text());
        } catch (ParseException e) {
            facts.gap(area(), name, "unparseable: " + e.getMessage());
            return null;
        }
    }
}
