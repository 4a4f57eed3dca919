package io.github.celonisnb.kernel.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class JavaEvaluatorTest {

    private JavaEvaluator evaluator = evaluator(Duration.ZERO);

    private static JavaEvaluator evaluator(Duration timeout) {
        return new JavaEvaluator(new EvaluatorOptions(List.of(), List.of(), timeout, List.of("import java.util.*;")));
    }

    @AfterEach
    void close() {
        evaluator.close();
    }

    @Test
    void returnsTheLastExpressionsValueAsTheRealObject() throws Exception {
        Object value = evaluator.eval("int x = 20;\nList<Integer> l = new ArrayList<>();\nl.add(x + 22);\nl");
        assertEquals(List.of(42), value);
    }

    @Test
    void aCellEndingInADeclarationHasNoValue() throws Exception {
        assertSame(JavaEvaluator.NO_VALUE, evaluator.eval("int y = 3;"));
        assertEquals(3, evaluator.eval("y"));
    }

    @Test
    void aNullExpressionIsNullNotNoValue() throws Exception {
        assertEquals(null, evaluator.eval("String s = null;\ns"));
    }

    @Test
    void compileErrorsNameTheProblemAndKeepThePosition() {
        CompilationException e = assertThrows(CompilationException.class, () -> evaluator.eval("int z = undefinedName + 1;"));
        CompilationException.Problem p = e.problems().get(0);
        assertTrue(p.message().contains("cannot find symbol"), p.message());
        assertEquals("int z = undefinedName + 1;", p.source().strip());
        assertEquals(8, p.start());
    }

    @Test
    void userExceptionsArriveAsTheOriginalObject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.eval("throw new IllegalArgumentException(\"bad input\");"));
        assertEquals("bad input", e.getMessage());
    }

    @Test
    void aTimedOutStatementStopsAndTheNextCellRuns() throws Exception {
        evaluator.close();
        evaluator = evaluator(Duration.ofMillis(300));
        EvaluationTimeoutException e = assertThrows(EvaluationTimeoutException.class, () -> evaluator.eval("Thread.sleep(5000);"));
        assertEquals(Duration.ofMillis(300), e.limit());
        assertEquals(2, evaluator.eval("1 + 1"));
    }

    @Test
    void anInterruptStopsASleepingCellAndTheKernelStaysUsable() throws Exception {
        evaluator.eval("1");
        evaluator.interrupt(); // while idle: must not fail the next cell
        assertEquals(2, evaluator.eval("2"));
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                evaluator.eval("Thread.sleep(10_000);");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        // Interrupt until the cell has started and stopped: on a loaded machine it may take a moment to start.
        for (int i = 0; i < 100 && !outcome.isDone(); i++) {
            Thread.sleep(200);
            evaluator.interrupt();
        }
        assertInstanceOf(EvaluationInterruptedException.class, outcome.get(5, TimeUnit.SECONDS));
        assertEquals("ok", evaluator.eval("\"ok\""));
    }

    @Test
    void hooksRunAfterEverySnippetAndMayEvaluate() throws Exception {
        boolean[] once = {true};
        evaluator.afterEachSnippet(() -> {
            if (once[0]) {
                once[0] = false;
                try {
                    evaluator.evalSnippet("String defined = \"by hook\";");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        evaluator.eval("int a = 1;");
        assertEquals("by hook", evaluator.eval("defined"));
    }

    @Test
    void anInterruptStopsABusyLoopAndItsThreadStopsCounting() throws Exception {
        evaluator.eval("long[] turns = {0};");
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                evaluator.eval("while (true) { turns[0]++; }");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(500);
        evaluator.interrupt();
        assertInstanceOf(EvaluationInterruptedException.class, outcome.get(5, TimeUnit.SECONDS));
        long afterStop = (Long) evaluator.eval("turns[0]");
        Thread.sleep(200);
        assertTrue(afterStop > 0, "the loop never ran");
        assertEquals(afterStop, evaluator.eval("turns[0]"));
        assertEquals(4, evaluator.eval("2 + 2"));
    }

    @Test
    void aTimedOutBusyLoopThatCatchesEverythingStillStops() throws Exception {
        evaluator.close();
        evaluator = evaluator(Duration.ofMillis(300));
        evaluator.eval("int[] caught = {0};");
        assertThrows(EvaluationTimeoutException.class, () -> evaluator.eval(
                "for (;;) { try { Math.sqrt(2); } catch (Throwable t) { caught[0]++; } }"));
        Object first = evaluator.eval("caught[0]");
        Thread.sleep(200);
        assertEquals(first, evaluator.eval("caught[0]"));
    }

    @Test
    void codeQueuedBySnippetRunsRightAfterItAndGivesTheCellItsValue() throws Exception {
        evaluator.eval("List<String> order = new ArrayList<>();");
        evaluator.afterEachSnippet(() -> { });
        evaluator.eval("order.add(\"first\");");
        Object value = evaluator.eval("order.add(\"before\");\n"
                + "io.github.celonisnb.kernel.execution.JavaEvaluatorTest.queue(\"order.add(\\\"loaded\\\"); 40 + 2\");\n"
                + "order.add(\"after\");");
        assertEquals(Boolean.TRUE, value);
        assertEquals(List.of("first", "before", "loaded", "after"), evaluator.eval("order"));
    }

    /** Lets a snippet queue code, as %load does. */
    static JavaEvaluator current;

    public static void queue(String code) {
        current.evalAfterCurrentSnippet(code);
    }

    @org.junit.jupiter.api.BeforeEach
    void remember() {
        current = evaluator;
    }
}
