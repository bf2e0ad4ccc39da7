package io.digestrepair.gateway.it;

import java.nio.charset.StandardCharsets;

/** Digests made up on the spot, unique per call so that no cache has seen them. */
public final class Samples {

    private static final String[] TOPICS = {"graph neural networks", "speech recognition", "protein folding", "code generation",
            "image segmentation", "reinforcement learning", "machine translation", "recommender systems"};

    private Samples() {
    }

    /** Pipeline JSON Lines: papers with Chinese fields and an English abstract. */
    public static byte[] chineseJsonl(String tag, int papers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < papers; i++) {
            String topic = TOPICS[i % TOPICS.length];
            String id = String.format("2612.%05d", Math.abs((tag + i).hashCode()) % 100000);
            out.append("{\"id\": \"").append(id).append("\", \"categories\": [\"cs.LG\"], ")
                    .append("\"pdf\": \"https://arxiv.org/pdf/").append(id).append("\", ")
                    .append("\"abs\": \"https://arxiv.org/abs/").append(id).append("\", ")
                    .append("\"authors\": [\"Test Author ").append(i).append("\"], ")
                    .append("\"title\": \"Study ").append(i).append(" of ").append(topic).append(" (").append(tag).append(")\", ")
                    .append("\"comment\": null, ")
                    .append("\"summary\": \"Progress in ").append(topic).append(" is limited by scarce labelled data. ")
                    .append("We propose a self-training method for ").append(topic).append(" that filters noisy pseudo labels. ")
                    .append("Experiments on four benchmarks show gains of ").append(3 + i).append(" points over strong baselines. ")
                    .append("The method makes ").append(topic).append(" cheaper to train.\", ")
                    .append("\"AI\": {\"tldr\": \"提出了一种用于").append(topic).append("的自训练方法，提升了").append(3 + i).append("个百分点。\", ")
                    .append("\"motivation\": \"标注数据稀缺限制了该领域的进展。\", ")
                    .append("\"method\": \"通过过滤噪声伪标签进行自训练。\", ")
                    .append("\"result\": \"在四个基准上优于强基线。\", ")
                    .append("\"conclusion\": \"该方法降低了训练成本。\"}}\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
