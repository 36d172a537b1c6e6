package dev.kernlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Every fuzz target behind one: the first byte picks the target, the rest is its input. Jazzer fuzzes one
 * target per JVM and a JVM with its agent costs ~15 s of CPU to start, so the short run inside `mvn verify`
 * ({@link ShortFuzzRunTest}) fuzzes all targets in one JVM through this; bench/fuzz.sh fuzzes them one by one.
 */
public class EveryTargetFuzzTest {
    /** The fuzz test classes, one per family; their @FuzzTest methods, sorted by class then name, are the targets. */
    static final List<String> CLASSES = List.of(
            "dev.kernlint.parse.ProcFilesFuzzTest",
            "dev.kernlint.parse.NetFuzzTest",
            "dev.kernlint.parse.EthtoolFuzzTest",
            "dev.kernlint.parse.DiskFuzzTest",
            "dev.kernlint.parse.DmiFuzzTest",
            "dev.kernlint.parse.SysctlConfFuzzTest",
            "dev.kernlint.source.SnapshotFuzzTest",
            "dev.kernlint.report.ReportJsonFuzzTest",
            "dev.kernlint.profile.ProfileFuzzTest");

    /** A target: its class, method and an instance to call it on. */
    record Target(Class<?> type, Method method, Object instance) {
        String name() {
            return type.getName() + "#" + method.getName();
        }
    }

    private static final List<Target> TARGETS = targets();
    private static final AtomicLongArray RUNS = new AtomicLongArray(TARGETS.size());

    static List<Target> all() {
        return TARGETS;
    }

    /** How many inputs each target (in {@link #all()} order) was given in this JVM. */
    static long runs(int target) {
        return RUNS.get(target);
    }

    @FuzzTest
    void anyTarget(byte[] data) throws Throwable {
        if (data.length == 0) {
            return;
        }
        int t = (data[0] & 0xff) % TARGETS.size();
        RUNS.incrementAndGet(t);
        Target target = TARGETS.get(t);
        try {
            target.method().invoke(target.instance(), (Object) Arrays.copyOfRange(data, 1, data.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<Target> targets() {
        List<Target> out = new ArrayList<>();
        try {
            for (String name : CLASSES) {
                Class<?> c = Class.forName(name);
                Constructor<?> k = c.getDeclaredConstructor();
                k.setAccessible(true);
                Object instance = k.newInstance();
                List<Method> methods = new ArrayList<>();
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(FuzzTest.class)) {
                        m.setAccessible(true);
                        methods.add(m);
                    }
                }
                methods.sort(Comparator.comparing(Method::getName));
                methods.forEach(m -> out.add(new Target(c, m, instance)));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("fuzz targets: " + e, e);
        }
        return List.copyOf(out);
    }
}
