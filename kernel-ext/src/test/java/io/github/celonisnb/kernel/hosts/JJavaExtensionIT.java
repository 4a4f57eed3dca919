package io.github.celonisnb.kernel.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter jar in JJava: jjava-jupyter 1.0-a6's own {@code BaseKernel.onStartup()} finds the
 * extension through {@code ServiceLoader} in the jar, and the extension registers the magics, the table
 * renderer and the redacting streams. The kernel runs in a class loader holding only jjava-jupyter, its
 * libraries and the stand-in, so nothing of the product leaks in from the test class path.
 */
class JJavaExtensionIT {

    static Map<String, String> seen;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void startAJJavaKernelWithTheJar() throws Exception {
        List<Path> host = HostClassPath.of("org.dflib.jjava.jupyter.kernel.BaseKernel", "com.google.gson.Gson",
                "org.slf4j.Logger", "org.slf4j.nop.NOPServiceProvider", "org.zeromq.ZMQ", "com.neilalexander.jnacl.NaCl");
        URL[] urls = new URL[host.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = host.get(i).toUri().toURL();
        }
        try (URLClassLoader jjava = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> kernel = Class.forName(StandInJJavaKernel.class.getName(), true, jjava);
            seen = (Map<String, String>) kernel.getMethod("exercise", String.class)
                    .invoke(null, HostClassPath.adapterJar().toString());
        }
    }

    @Test
    void onStartupInstallsTheCelonisMagicsFromTheJar() {
        assertEquals("celonis_login,celonis_logout,celonis_redact", seen.get("lineMagics"));
    }

    @Test
    void aMagicWritesItsOutputAndReturnsNothingSinceJJavaWouldDropIt() {
        assertEquals("null", seen.get("logoutValue"));
        assertEquals("There was no Celonis EMS session to log out of; nothing changed." + System.lineSeparator(),
                seen.get("logoutOutput"));
    }

    @Test
    void theKernelsCellStreamsAreReplacedByRedactingOnes() {
        assertEquals("true", seen.get("streamReplaced"));
        assertEquals("io.github.celonisnb.kernel.host.FlushRedactingStream", seen.get("streamClass"));
    }

    @Test
    void sessionTablesRenderAsEscapedHtmlTables() {
        String html = seen.get("tableHtml");
        assertTrue(html.startsWith("<table>\n<caption>Pools (1)</caption>"), html);
        assertTrue(html.contains("<td>&lt;b&gt;sales&lt;/b&gt;</td>"), html);
    }
}
