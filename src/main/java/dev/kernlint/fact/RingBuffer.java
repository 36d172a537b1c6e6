package dev.kernlint.fact;

/** `ethtool -g` of one interface; a null size means the driver does not support that ring ("n/a" or 0). */
public record RingBuffer(String iface, Long rxMax, Long rxCurrent, Long txMax, Long txCurrent) {

    public boolean rxBelowMax() {
        return rxMax != null && rxCurrent != null && rxCurrent < rxMax;
    }

    public boolean txBelowMax() {
        return txMax != null && txCurrent != null && txCurrent < txMax;
    }

    public boolean belowMax() {
        return rxBelowMax() || txBelowMax();
    }
}
