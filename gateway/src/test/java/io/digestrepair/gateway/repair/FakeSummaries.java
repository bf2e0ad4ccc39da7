package io.digestrepair.gateway.repair;

import io.digestrepair.core.Action;
import io.digestrepair.core.wire.FieldRequest;
import io.digestrepair.core.wire.Provenance;
import io.digestrepair.core.wire.SummaryRequest;
import io.digestrepair.core.wire.SummaryResponse;
import io.digestrepair.gateway.remote.RemoteProblem;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** A summarizer that writes "English <field> of <title>" and can be told to misbehave. */
final class FakeSummaries implements RepairPorts.Summaries {

    volatile SummarizerInfo info = new SummarizerInfo("offline", "extractive", "offline-v1");
    final AtomicInteger unreachableCalls = new AtomicInteger();
    final AtomicInteger batchCalls = new AtomicInteger();
    final AtomicInteger freshInfoCalls = new AtomicInteger();
    /** Told the number of each batch call (from 1) before it is handled: a test can restart the summarizer there. */
    volatile IntConsumer beforeBatch = call -> { };
    final List<SummaryRequest> sent = new CopyOnWriteArrayList<>();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    final Map<String, Integer> answered = new ConcurrentHashMap<>();
    /** Ids answered with an error. */
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    /** Ids whose presence makes the whole batch refused (400), as the real summarizer does for an invalid paper. */
    final Set<String> invalid = ConcurrentHashMap.newKeySet();
    /** Ids never answered. */
    final Set<String> silent = ConcurrentHashMap.newKeySet();
    /** Batches answered with 503 before it works. */
    volatile int unavailableFor;

    @Override
    public SummarizerInfo info() {
        return info;
    }

    @Override
    public SummarizerInfo freshInfo() {
        freshInfoCalls.incrementAndGet();
        return info;
    }

    @Override
    public void batch(List<SummaryRequest> papers, Consumer<SummaryResponse> onAnswer) {
        beforeBatch.accept(batchCalls.incrementAndGet());
        if (unreachableCalls.incrementAndGet() <= unavailableFor) {
            throw new ServiceUnavailableException("summarizer-service", new ConnectException("Connection refused"));
        }
        batchSizes.add(papers.size());
        for (SummaryRequest r : papers) {
            if (invalid.contains(r.id())) {
                throw new RemoteRejectedException("summarizer-service",
                        new RemoteProblem(400, "abstract is required", null, "abstract"), null);
            }
        }
        for (SummaryRequest r : papers) {
            sent.add(r);
            if (silent.contains(r.id())) {
                continue;
            }
            if (failing.contains(r.id())) {
                onAnswer.accept(SummaryResponse.failed(r.id(), "could not repair"));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Provenance> provenance = new LinkedHashMap<>();
            r.fields().forEach((key, f) -> {
                if (f.action() != Action.KEEP) {
                    fields.put(key, "English " + key + " of " + r.title());
                    provenance.put(key, new Provenance(info.engine(), info.model(), f.action().name(), info.promptVersion(), 1, List.of()));
                }
            });
            answered.merge(r.id(), 1, Integer::sum);
            onAnswer.accept(new SummaryResponse(r.id(), fields, provenance, null));
        }
    }

    static Map<String, FieldRequest> fieldsOf(SummaryRequest r) {
        return r.fields();
    }
}
