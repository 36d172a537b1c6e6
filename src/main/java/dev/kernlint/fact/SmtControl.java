package dev.kernlint.fact;

/**
 * /sys/devices/system/cpu/smt/control (4.19+): "on", "off", "forceoff", "notsupported" or "notimplemented".
 * With "off" or "forceoff" the sibling hyper-threads are offline on purpose (nosmt, L1TF/MDS mitigations).
 */
public record SmtControl(String control) {

    public boolean disabledOnPurpose() {
        return control.equals("off") || control.equals("forceoff");
    }
}
