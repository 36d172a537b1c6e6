package dev.kernlint.fact;

/**
 * Zombies grouped by their parent: a zombie is gone except for its exit status, which stays until the parent
 * calls wait(); the parent is the one to fix or restart.
 *
 * @param parentComm null when the parent is not visible (another pid namespace)
 */
public record ZombieParent(int ppid, String parentComm, int zombies) {

    /** The parents with the most zombies first, described for evidence ("1234 (myapp) 70"). */
    public static java.util.List<String> largestFirst(java.util.List<?> parents, int n) {
        java.util.List<ZombieParent> ps = new java.util.ArrayList<>();
        for (Object o : parents) {
            ps.add((ZombieParent) o);
        }
        ps.sort(java.util.Comparator.comparingInt(ZombieParent::zombies).reversed().thenComparingInt(ZombieParent::ppid));
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ZombieParent p : ps.subList(0, Math.min(n, ps.size()))) {
            out.add(p.describe());
        }
        return out;
    }

    public static ZombieParent largest(java.util.List<?> parents) {
        ZombieParent best = null;
        for (Object o : parents) {
            ZombieParent p = (ZombieParent) o;
            if (best == null || p.zombies() > best.zombies() || (p.zombies() == best.zombies() && p.ppid() < best.ppid())) {
                best = p;
            }
        }
        return best;
    }

    public String describe() {
        return ppid + " (" + (parentComm == null ? "?" : parentComm) + ") " + zombies;
    }
}
