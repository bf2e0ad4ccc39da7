package io.digestrepair.gateway.repair;

import java.util.function.LongPredicate;

/** Who runs a job: {@code host/pid/nonce}, so that a restarted gateway can tell its dead predecessors. */
public final class Owners {

    private Owners() {
    }

    public static String of(String host, long pid, String nonce) {
        String h = host.replace("/", "_");
        return (h.length() > 40 ? h.substring(0, 40) : h) + "/" + pid + "/" + nonce;
    }

    /**
     * Whether another owner was a process of this host that is no longer alive. The same pid
     * under another nonce is an earlier life of this very process number (a container restarted
     * as pid 1), so dead too.
     */
    public static boolean deadOnThisHost(String other, String self, LongPredicate alive) {
        String[] o = other.split("/");
        String[] s = self.split("/");
        if (o.length != 3 || s.length != 3 || !o[0].equals(s[0]) || other.equals(self)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(o[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        return o[1].equals(s[1]) || !alive.test(pid);
    }
}
