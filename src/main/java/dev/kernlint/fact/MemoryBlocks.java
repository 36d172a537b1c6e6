package dev.kernlint.fact;

/** /sys/devices/system/memory: hot-pluggable blocks of block_size_bytes, online or offline. */
public record MemoryBlocks(long blockSizeBytes, int online, int offline) {

    /** The RAM the kernel knows about, online or not. */
    public long presentBytes() {
        return blockSizeBytes * (online + offline);
    }
}
