package io.github.celonisnb.kernel.execution;

import java.time.Duration;
import java.util.List;

/**
 * How a {@link JavaEvaluator} is set up.
 *
 * @param classpath       entries added to the snippets' class path (jars or folders)
 * @param compilerOptions extra javac options, e.g. {@code -parameters}
 * @param timeout         limit per top-level statement; zero or negative means none
 * @param startupSnippets Java evaluated once, before the first cell (imports and the like)
 */
public record EvaluatorOptions(List<String> classpath, List<String> compilerOptions, Duration timeout,
                               List<String> startupSnippets) {

    public EvaluatorOptions {
        classpath = List.copyOf(classpath);
        compilerOptions = List.copyOf(compilerOptions);
        startupSnippets = List.copyOf(startupSnippets);
    }
}
