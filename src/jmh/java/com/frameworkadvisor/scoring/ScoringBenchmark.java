package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link Scorer#evaluate(KnowledgeBase, Answers)} on the shipped knowledge base: ranking, contributions, deciding
 * criteria and sensitivity, exactly what a results page or an API call computes. Run it with
 * {@code bench/scoring-benchmark}; the target is 2 µs per evaluation.
 *
 * <p>The answers are built once, as the web layer would have built them from a request, so only the scoring is
 * measured. The scenarios:
 * <ul>
 *   <li>{@code data-driven-site}: the shipped preset's weights; Django wins clearly and no single answer flips it
 *       (no sensitivity entries).</li>
 *   <li>{@code data-driven-site+must}: the same with must-haves {@code orm} and {@code admin}; Flask fails
 *       {@code admin}, so it ranks below Django and is left out of the sensitivity analysis.</li>
 *   <li>{@code api-microservice}: the shipped preset's weights; a close call that Flask wins, with three answers that
 *       would flip it, so the sensitivity list is built and sorted.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    @Param({"data-driven-site", "data-driven-site+must", "api-microservice"})
    public String scenario;

    private final Scorer scorer = new Scorer();
    private KnowledgeBase kb;
    private Answers answers;

    @Setup
    public void setUp() {
        kb = TestKnowledgeBases.shipped();
        String[] parts = scenario.split("\\+");
        List<String> criterionIds = kb.criteria().stream().map(Criterion::id).toList();
        Answers.Builder builder = Answers.builder(criterionIds, "");
        kb.profile(parts[0]).orElseThrow().weights().forEach(builder::put);
        if (parts.length > 1 && parts[1].equals("must")) {
            builder.mustHave("must", "orm").mustHave("must", "admin");
        }
        answers = builder.build();
    }

    /** Returned, so the JIT cannot drop any of the work. */
    @Benchmark
    public Evaluation evaluate() {
        return scorer.evaluate(kb, answers);
    }
}
