package com.minicrm.bench;

import java.util.Arrays;

/** Medians and percentiles of measured times. */
final class Stats {
    private Stats() {}

    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String machine() {
        long memoryGb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024L * 1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores, " + memoryGb + " GiB RAM, Java " + Runtime.version()
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
