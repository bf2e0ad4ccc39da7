package io.digestrepair.offline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options and positional arguments, checked against the options a command knows. */
record Args(Map<String, String> options, List<String> positional) {

    static Args parse(String[] args, Set<String> known) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new OfflineCli.UsageException("option --" + name + " needs a value");
                }
                if (!known.contains(name)) {
                    throw new OfflineCli.UsageException("unknown option --" + name);
                }
                options.put(name, value);
            } else {
                positional.add(a);
            }
        }
        return new Args(options, positional);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new OfflineCli.UsageException("--" + name + " needs a whole number, not " + v);
        }
    }

    double getDouble(String name, double fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new OfflineCli.UsageException("--" + name + " needs a number, not " + v);
        }
    }
}
