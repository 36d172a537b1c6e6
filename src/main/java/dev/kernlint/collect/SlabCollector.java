package dev.kernlint.collect;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.SlabInfo;
import dev.kernlint.fact.VmStat;
import dev.kernlint.parse.DentryStateParser;
import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.parse.PageSize;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SlabInfoParser;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/**
 * The kernel's object caches: /proc/slabinfo (mode 0400, root only: names and sizes of every cache) and
 * /proc/sys/fs/dentry-state (anyone: the dentry cache in counts). Without root, slabinfo becomes a gap
 * "needs root" and the dentry counts still feed what they can.
 */
public final class SlabCollector implements Collector {
    static final String SLABINFO = "/proc/slabinfo";
    static final String DENTRY_STATE = "/proc/sys/fs/dentry-state";

    @Override
    public String area() {
        return "slab";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), SLABINFO, text -> new SlabInfo(SlabInfoParser.parse(text), pageSize(source)));
        ParsedInput.add(source, facts, area(), DENTRY_STATE, DentryStateParser::parse);
    }

    /** The page size inferred from meminfo against vmstat (both cached reads), 4096 when unknown. */
    static int pageSize(Source source) {
        Input mem = source.read(MemInfoCollector.PATH);
        Input vm = source.read(VmStatCollector.PATH);
        if (!mem.isOk() || !vm.isOk()) {
            return PageSize.DEFAULT;
        }
        try {
            MemInfo m = MemInfoParser.parse(mem.text());
            Integer size = PageSize.infer(m, new VmStat(VmStatParser.parse(vm.text())));
            return size == null ? PageSize.DEFAULT : size;
        } catch (ParseException e) {
            return PageSize.DEFAULT;
        }
    }
}
