package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kernlint.engine.FixAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "4096", "-1", "1024 65535", "4096 87380 6291456", "bbr", "fq_codel", "0-3", "ff:ff"})
    void plainValuesPass(String v) {
        assertNull(SafeValues.problem(new FixAction.SetSysctl("net.core.somaxconn", v)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1; reboot", "$(id)", "`id`", "1\nnet.core.x = 2", "'1'", "\"1\"", "1 # c", "", " 1", "1  2", "a\\b", "|/usr/bin/x %p"})
    void valuesThatCouldChangeAFileAreRefused(String v) {
        assertNotNull(SafeValues.problem(new FixAction.SetSysctl("net.core.somaxconn", v)), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"net.core.somaxconn", "net.ipv4.conf.eth0/100.rp_filter", "fs.file-max", "net.ipv4.conf.Eth_0.rp_filter"})
    void kernelParameterNamesPass(String k) {
        assertNull(SafeValues.problem(new FixAction.SetSysctl(k, "1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"somaxconn", "net..core", "net.//.x", "net.core.$x", "-net.core", "net.core.a b", ".net.core", "net.core."})
    void otherKeysAreRefused(String k) {
        assertNotNull(SafeValues.problem(new FixAction.SetSysctl(k, "1")), k);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-G", "eth0;reboot", "a b", "../x", "eth0$", "averyveryverylongname0"})
    void interfaceNamesAreChecked(String iface) {
        assertNotNull(SafeValues.problem(new FixAction.SetRing(iface, 4096L, 4096L)), iface);
        assertNull(SafeValues.problem(new FixAction.SetRing("enp3s0f1", 4096L, null)));
        assertNotNull(SafeValues.problem(new FixAction.SetRing("eth0", 0L, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "cr\r"})
    void commentsStayOnOneLine(String s) {
        assertEquals(-1, SafeValues.oneLine(s).indexOf('\n'));
        assertEquals(-1, SafeValues.oneLine(s).indexOf('\r'));
    }
}
