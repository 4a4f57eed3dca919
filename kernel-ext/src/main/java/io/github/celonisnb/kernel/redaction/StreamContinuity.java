package io.github.celonisnb.kernel.redaction;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

/**
 * Redacts stream output as one text per stream, however a cell split it into writes and messages.
 *
 * <p>Jupyter joins consecutive stream messages into one output, so a key printed in two {@code print}
 * calls is whole again in the saved notebook even though neither message holds it whole. Two things
 * prevent that here. A message's last word (its text after the last white space, when it has a letter
 * or digit) is held back and sent with the next message of the same stream, so a word is always scanned
 * whole. And each message is scanned as the continuation of the output sent before it (the last
 * {@value #SHORT_CONTEXT_CHARS} characters, or {@value #CONTEXT_CHARS} while a key block is open), so a
 * value whose keyword came earlier ({@code Authorization: Bearer }, {@code password = }, a private key's
 * header line) is still found.
 *
 * <p>A held word is sent before any other message leaves (a result, an error, the reply, the end of the
 * cell), and after {@code holdNanos} without more output on its stream, so output never waits for
 * long. The cost: a key printed in pieces further apart than that is not joined.
 *
 * <p>Thread-safe; a caller passes the sending step in, and it runs under this object's lock, so the
 * order in which messages are sent is the order in which they were redacted.
 */
public final class StreamContinuity {

    /** How much earlier output is kept: enough for an 8192-bit RSA key's PEM block. */
    static final int CONTEXT_CHARS = 16384;

    /**
     * How much of it a message is scanned with when no key block is open in it: enough for a keyword and what
     * follows it, or a registered value wrapped over a few lines, at a fraction of the cost.
     */
    static final int SHORT_CONTEXT_CHARS = 512;

    /** How a key block begins, in PEM and in RFC 4716 (SSH2): while one is open the long context is kept. */
    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final String SSH2_BEGIN = "---- BEGIN ";

    /** The most of a last word that is held: no secret a cell prints is longer. */
    static final int MAX_HELD_CHARS = 4096;

    /** Redacts {@code text} as the continuation of {@code context}, returning only the text's part. */
    @FunctionalInterface
    public interface ContextRedaction {
        String redact(String context, String text);
    }

    private static final class StreamState {
        String context = "";
        String held = "";
        /** Whether the line being printed was rewritten with a carriage return in an earlier message. */
        boolean lineRewritten;
        Message<PublishStream> heldFrom;
        long heldSince;
    }

    private final ContextRedaction redaction;
    private final LongSupplier nanoClock;
    private final long holdNanos;
    private final Map<PublishStream.StreamType, StreamState> streams = new EnumMap<>(PublishStream.StreamType.class);

    /**
     * @param redaction what redacts a text after its context
     * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime()} outside tests
     * @param holdNanos how long a last word waits for more output before it is sent alone
     */
    public StreamContinuity(ContextRedaction redaction, LongSupplier nanoClock, long holdNanos) {
        this.redaction = redaction;
        this.nanoClock = nanoClock;
        this.holdNanos = holdNanos;
    }

    /** Sends the stream message's text, less a last word it holds back, redacted after the output before it. */
    synchronized void sendStream(Message<PublishStream> message, Consumer<Message<?>> send) {
        PublishStream content = message.getContent();
        StreamState stream = streams.computeIfAbsent(content.getStreamType(), type -> new StreamState());
        String text = stream.held + content.getText();
        int cut = heldFrom(text, stream.lineRewritten);
        int lastLineBreak = text.lastIndexOf('\n');
        // Searched forward from the last line break: lastIndexOf would walk back over all the text without '\r'.
        stream.lineRewritten = lastLineBreak < 0 ? stream.lineRewritten || text.indexOf('\r') >= 0
                : text.indexOf('\r', lastLineBreak + 1) >= 0;
        stream.held = text.substring(cut);
        if (stream.held.isEmpty()) {
            stream.heldFrom = null;
        } else {
            stream.heldFrom = message;
            stream.heldSince = nanoClock.getAsLong();
        }
        if (cut > 0) {
            send.accept(withText(message, message.getHeader(), release(stream, text.substring(0, cut))));
        }
    }

    /**
     * Sends every held word, then {@code next} (already redacted): nothing overtakes the output before it. A
     * display, result or error stands between the output before it and the output after it, in the notebook as
     * in a saved file, so what the streams print next is scanned on its own.
     */
    synchronized void sendAfterHeld(Message<?> next, Consumer<Message<?>> send) {
        sendHeld(send);
        send.accept(next);
        forgetContext();
    }

    /**
     * Sends every held word at the end of a request (before its reply): the next cell's output is scanned on its
     * own, so a cell that ends in {@code password = } or {@code Bearer } does not redact the next cell's first word.
     */
    synchronized void sendHeldAtEndOfRequest(Consumer<Message<?>> send) {
        sendHeld(send);
        forgetContext();
    }

    private void forgetContext() {
        for (StreamState stream : streams.values()) {
            stream.context = "";
        }
    }

    /** Sends every held word. */
    synchronized void sendHeld(Consumer<Message<?>> send) {
        for (StreamState stream : streams.values()) {
            sendHeld(stream, send);
        }
    }

    /** Sends the words held for at least the hold time without more output on their stream. */
    synchronized void sendHeldTooLong(Consumer<Message<?>> send) {
        long now = nanoClock.getAsLong();
        for (StreamState stream : streams.values()) {
            if (!stream.held.isEmpty() && now - stream.heldSince >= holdNanos) {
                sendHeld(stream, send);
            }
        }
    }

    private void sendHeld(StreamState stream, Consumer<Message<?>> send) {
        if (stream.held.isEmpty()) {
            return;
        }
        Message<PublishStream> from = stream.heldFrom;
        String text = stream.held;
        stream.held = "";
        stream.heldFrom = null;
        // A message of its own: the one the word came from has gone out under its own id already.
        send.accept(withText(from, new Header<>(from, MessageType.PUBLISH_STREAM), release(stream, text)));
        // Whatever the stream prints next is shown apart from this word (after a display, in the next cell) and
        // must be scanned on its own terms: glued to the word, a token's start would look like a word's middle.
        stream.context = stream.context + "\n";
    }

    private String release(StreamState stream, String text) {
        String context = stream.context;
        boolean keyBlockOpen = context.contains(PEM_BEGIN) || context.contains(SSH2_BEGIN);
        if (context.length() > SHORT_CONTEXT_CHARS && !keyBlockOpen) {
            context = context.substring(context.length() - SHORT_CONTEXT_CHARS);
        }
        String redacted = redaction.redact(context, text);
        stream.context = text.length() >= CONTEXT_CHARS ? text.substring(text.length() - CONTEXT_CHARS)
                : lastChars(stream.context + text, CONTEXT_CHARS);
        return redacted;
    }

    private static String lastChars(String text, int count) {
        return text.length() <= count ? text : text.substring(text.length() - count);
    }

    /**
     * Where the text's last word starts: after its last white space, when that word has a letter or digit.
     * Nothing is held on a line that a carriage return rewrites (a progress bar would lose its number;
     * {@code lineRewritten} says whether earlier output on the same line had one). Of a word longer than
     * {@value #MAX_HELD_CHARS} characters (minified JSON, a long URL, a line of one long word) at most that many of
     * its last characters are held, from the last place where no token can go on: after a delimiter, else after a
     * character that no token's alphabet holds, else after one that only base64 and JWTs hold; only a word of those
     * alphabets alone is cut anywhere, {@value #MAX_HELD_CHARS} characters before its end.
     */
    static int heldFrom(String text, boolean lineRewritten) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        if (lineRewritten || rewritesLine(text, start)) {
            return text.length();
        }
        if (text.length() - start > MAX_HELD_CHARS) {
            start = cutInsideLongWord(text, text.length() - MAX_HELD_CHARS);
        }
        for (int i = start; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return start;
            }
        }
        return text.length();
    }

    /**
     * Where to cut a word's last part from at or after {@code from}: after the last delimiter there, else after the
     * last character outside every token's alphabet, else after the last one outside the letters, digits, '_' and '-'
     * of provider tokens, else at {@code from}.
     */
    private static int cutInsideLongWord(String text, int from) {
        for (int kind = 0; kind < 3; kind++) {
            for (int i = text.length(); i > from; i--) {
                char c = text.charAt(i - 1);
                boolean cut = switch (kind) {
                    case 0 -> isDelimiter(c);
                    case 1 -> !isTokenCharacter(c) && "+/=.".indexOf(c) < 0;
                    default -> !isTokenCharacter(c);
                };
                if (cut) {
                    return i;
                }
            }
        }
        return from;
    }

    /** Letters, digits, '_' and '-': what GitHub, OpenAI, Slack and AWS tokens are made of. */
    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Whether the line that ends {@code text} holds a carriage return before {@code end}. */
    private static boolean rewritesLine(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** A character no secret holds: quotes, brackets, separators of minified JSON and of a URL's query. */
    private static boolean isDelimiter(char c) {
        return "\"'`,;(){}[]<>|&?#".indexOf(c) >= 0;
    }

    private static Message<PublishStream> withText(Message<PublishStream> from, Header<PublishStream> header,
                                                   String text) {
        return new Message<>(from.getIdentities(), header, from.hasParentHeader() ? from.getParentHeader() : null,
                from.hasMetadata() ? from.getMetadata() : null,
                new PublishStream(from.getContent().getStreamType(), text), from.getBlobs());
    }
}
