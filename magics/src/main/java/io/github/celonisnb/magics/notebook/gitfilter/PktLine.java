package io.github.celonisnb.magics.notebook.gitfilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Git's pkt-line framing: four hex digits giving the packet length (including themselves), then the payload;
 * {@code 0000} is a flush packet that ends a list or a content stream. Payloads are at most 65516 bytes.
 */
final class PktLine {

    /** Largest payload of one packet: 65520 bytes minus the four length digits. */
    static final int MAX_PAYLOAD = 65516;

    /** Returned by {@link Reader#read()} for a flush packet. */
    static final byte[] FLUSH = new byte[0];

    private PktLine() {
    }

    /** Reads packets from git. */
    static final class Reader {
        private final InputStream in;

        Reader(InputStream in) {
            this.in = in;
        }

        /**
         * The next packet's payload, {@link #FLUSH} for a flush packet, or null when the input ends before a packet
         * starts (git closed the pipe).
         */
        byte[] read() throws IOException {
            byte[] header = new byte[4];
            int n = in.readNBytes(header, 0, 4);
            if (n == 0) {
                return null;
            }
            if (n < 4) {
                throw new GitFilterProtocolException("git filter protocol: the input ended inside a packet length");
            }
            int length = parseLength(header);
            if (length == 0) {
                return FLUSH;
            }
            if (length < 4) {
                throw new GitFilterProtocolException("git filter protocol: unexpected special packet "
                        + String.format("%04x", length) + "; this filter speaks protocol version 2 only");
            }
            byte[] payload = in.readNBytes(length - 4);
            if (payload.length < length - 4) {
                throw new GitFilterProtocolException("git filter protocol: the input ended inside a packet ("
                        + payload.length + " of " + (length - 4) + " bytes)");
            }
            return payload;
        }

        /**
         * The text packets up to the next flush; null when the input ends before the first packet (which is how
         * git ends the session).
         */
        List<String> readList() throws IOException {
            byte[] payload = read();
            if (payload == null) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            while (payload != FLUSH) {
                lines.add(text(payload));
                payload = read();
                if (payload == null) {
                    throw new GitFilterProtocolException(
                            "git filter protocol: the input ended in the middle of a list");
                }
            }
            return lines;
        }

        /** Content packets up to the next flush, concatenated. */
        byte[] readContent() throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            while (true) {
                byte[] payload = read();
                if (payload == null) {
                    throw new GitFilterProtocolException(
                            "git filter protocol: the input ended before the end of a file's content");
                }
                if (payload == FLUSH) {
                    return content.toByteArray();
                }
                content.write(payload);
            }
        }

        private static int parseLength(byte[] header) throws GitFilterProtocolException {
            int length = 0;
            for (byte b : header) {
                int digit = Character.digit(b, 16);
                if (digit < 0) {
                    throw new GitFilterProtocolException("git filter protocol: the input does not start with a"
                            + " pkt-line length; run this command only as git's filter.<driver>.process");
                }
                length = length * 16 + digit;
            }
            return length;
        }

        private static String text(byte[] payload) {
            int end = payload.length;
            if (end > 0 && payload[end - 1] == '\n') {
                end--;
            }
            return new String(payload, 0, end, StandardCharsets.UTF_8);
        }
    }

    /** Writes packets to git. */
    static final class Writer {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        void text(String line) throws IOException {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            packet(bytes, 0, bytes.length);
        }

        void flush() throws IOException {
            out.write(new byte[] {'0', '0', '0', '0'});
        }

        /** Content split into packets of at most {@link #MAX_PAYLOAD} bytes (none for empty content). */
        void content(byte[] bytes) throws IOException {
            for (int at = 0; at < bytes.length; at += MAX_PAYLOAD) {
                packet(bytes, at, Math.min(MAX_PAYLOAD, bytes.length - at));
            }
        }

        void send() throws IOException {
            out.flush();
        }

        private void packet(byte[] bytes, int offset, int length) throws IOException {
            out.write(String.format("%04x", length + 4).getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, length);
        }
    }
}
