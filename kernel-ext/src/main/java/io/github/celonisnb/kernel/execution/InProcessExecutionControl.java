package io.github.celonisnb.kernel.execution;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs each snippet in the kernel's own JVM, on a worker thread the kernel can time out or cancel.
 *
 * <p>Stopping a snippet (interrupt or timeout) ends the cell at once and marks its thread for
 * {@link CellInterrupts}: the checks {@link InterruptCheckWeaver} put into the snippet's class files
 * end a busy loop at its next turn, and an interrupted sleep or wait ends by its own
 * {@link InterruptedException}.
 *
 * <p>In-process execution is what lets magics, the kernel instance and {@code System.out} capture
 * work from user code; JShell's default remote agent would isolate them. The real value of an
 * expression stays in this JVM: {@link #invoke(Method)} hands JShell a key instead of a value string,
 * and {@link #takeResult(String)} gives back the object for rich display.
 */
final class InProcessExecutionControl extends DirectExecutionControl {

    /** Why the last snippet did not finish normally, when it was stopped from outside. */
    enum Stop { NONE, INTERRUPTED, TIMED_OUT }

    private final Map<String, Object> results = new ConcurrentHashMap<>();
    private final Set<Future<?>> running = ConcurrentHashMap.newKeySet();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newCachedThreadPool(new WorkerThreads());
    private final AtomicReference<Stop> stop = new AtomicReference<>(Stop.NONE);
    private final AtomicReference<Throwable> lastThrown = new AtomicReference<>();
    private final long timeoutMillis;

    InProcessExecutionControl(long timeoutMillis) {
        // The no-argument constructor loads snippets with JShell's own loader, whose parent is
        // the application class loader, so snippets see the kernel's classes.
        super();
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] woven = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            woven[i] = new ClassBytecodes(classes[i].name(), InterruptCheckWeaver.weave(classes[i].bytecodes()));
        }
        super.load(woven);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Future<Object> future = executor.submit(() -> {
            Thread self = Thread.currentThread();
            workers.add(self);
            try {
                return doitMethod.invoke(null);
            } finally {
                workers.remove(self);
                CellInterrupts.release(self);
            }
        });
        running.add(future);
        try {
            Object value = timeoutMillis > 0 ? future.get(timeoutMillis, TimeUnit.MILLISECONDS) : future.get();
            String key = UUID.randomUUID().toString();
            if (value != null) {
                results.put(key, value);
            }
            return key;
        } catch (TimeoutException e) {
            stop.compareAndSet(Stop.NONE, Stop.TIMED_OUT);
            stopWorkers();
            future.cancel(true);
            throw new StoppedException();
        } catch (CancellationException | InterruptedException e) {
            stop.compareAndSet(Stop.NONE, Stop.INTERRUPTED);
            throw new StoppedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite) {
                // Keep the real object: JShell only passes on its class name and message.
                lastThrown.set(ite.getCause());
                if (hasCauseCycle(ite.getCause())) {
                    // JShell converts the cause chain recursively; a cycle would overflow the stack of
                    // the thread that serves the notebook and leave the kernel deaf.
                    throw new InvocationTargetException(new IllegalStateException(
                            ite.getCause().getClass().getName() + " whose cause chain loops back on itself"));
                }
                throw ite;
            }
            throw e;
        } finally {
            running.remove(future);
        }
    }

    static boolean hasCauseCycle(Throwable t) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (!seen.add(c)) {
                return true;
            }
        }
        return false;
    }

    /** The value an expression produced, removed from the store; {@code null} for none. */
    Object takeResult(String key) {
        return key == null ? null : results.remove(key);
    }

    /** The throwable user code raised in the last snippet, removed; {@code null} for none. */
    Throwable takeLastThrown() {
        return lastThrown.getAndSet(null);
    }

    /** Why the last snippet was stopped, and resets it for the next one. */
    Stop takeStop() {
        return stop.getAndSet(Stop.NONE);
    }

    /** Cancels every running snippet; the worker thread is interrupted. */
    void cancelRunning() {
        if (running.isEmpty()) {
            return; // an interrupt while idle must not fail the next cell
        }
        stop.compareAndSet(Stop.NONE, Stop.INTERRUPTED);
        stopWorkers();
        for (Future<?> f : running) {
            f.cancel(true);
        }
    }

    private void stopWorkers() {
        for (Thread worker : workers) {
            CellInterrupts.stop(worker);
        }
    }

    @Override
    public void stop() {
        cancelRunning();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        super.close();
    }

    /** Named daemon threads, so a hung snippet never keeps the JVM alive after shutdown. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "celonis-nb-cell-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
