package io.github.celonisnb.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MagicTranspilerTest {

    private final MagicTranspiler transpiler = new MagicTranspiler();

    @Test
    void leavesJavaWithoutMagicsUnchanged() {
        String cell = "int x = 5;\nSystem.out.println(x % 2);";
        assertEquals(cell, transpiler.transpile(cell));
    }

    @Test
    void turnsALineMagicIntoARuntimeCallWithItsArguments() {
        assertEquals("io.github.celonisnb.kernel.runtime.Notebook.lineMagic(\"celonis_login\", "
                        + "java.util.List.of(\"--app-key\", \"--key-file\", \"/tmp/a b.json\"));",
                transpiler.transpile("%celonis_login --app-key --key-file \"/tmp/a b.json\""));
    }

    @Test
    void keepsTheJavaAroundALineMagic() {
        assertEquals("int a = 1;\nio.github.celonisnb.kernel.runtime.Notebook.lineMagic(\"celonis_login\", "
                + "java.util.List.of());\nint b = 2;", transpiler.transpile("int a = 1;\n%celonis_login\nint b = 2;"));
    }

    @Test
    void turnsACellMagicIntoOneCallWithTheBody() {
        assertEquals("io.github.celonisnb.kernel.runtime.Notebook.cellMagic(\"upper\", java.util.List.of(\"-x\"), "
                + "\"line \\\"one\\\"\\nline two\");", transpiler.transpile("%%upper -x\nline \"one\"\nline two"));
    }

    @Test
    void quotesCharactersThatWouldBreakAJavaLiteral() {
        assertEquals("\"a\\\\b \\\"q\\\" \\n \\u00e9 \\u001b\"", JavaLiterals.quote("a\\b \"q\" \n é \u001b"));
    }

    @Test
    void replacesBracedExpressionsInArgumentsWithTheirValues() {
        assertEquals("io.github.celonisnb.kernel.runtime.Notebook.lineMagic(\"celonis_login\", java.util.List.of("
                + "\"--key-file\", (String.valueOf(key.keyFile())), (\"a-\" + String.valueOf(n) + \"-b\")));",
                transpiler.transpile("%celonis_login --key-file {key.keyFile()} a-{n}-b"));
    }

    @Test
    void doubledBracesAreLiteralBraces() {
        assertEquals("\"{x}\"", MagicTranspiler.argument("{{x}}"));
        assertEquals("\"$ACCESS_CHILD\"", MagicTranspiler.argument("$ACCESS_CHILD"));
        assertEquals("\"{\"", MagicTranspiler.argument("{"));
    }

    @Test
    void splitsArgumentsAsAShellDoes() {
        assertEquals(java.util.List.of("--url", "http://a b", "--k", "", "z", "it's", "a\"b", "c d"),
                MagicArgumentSplitter.split("--url 'http://a b' --k \"\" z it\\'s \"a\\\"b\" c\\ d"));
    }

    @Test
    void anIndentedLineMagicIsAMagic() {
        assertEquals("io.github.celonisnb.kernel.runtime.Notebook.lineMagic(\"celonis_login\", java.util.List.of(\"--help\"));",
                transpiler.transpile("  %celonis_login --help").strip());
    }

    @Test
    void anUnclosedQuoteFailsTheCellWithTheReason() {
        assertEquals("throw new IllegalArgumentException(\"%celonis_login: The magic's arguments have a ' that is never closed.\");",
                transpiler.transpile("%celonis_login --url 'x").strip());
    }
}
