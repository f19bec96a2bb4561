package org.dadkhah.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The character encoding of a CSV file: the one forced by the user, else the byte-order mark's (UTF-8, UTF-16LE,
 * UTF-16BE), else UTF-8 if every byte of the file decodes as UTF-8, else Windows-1256 (what Excel on Persian Windows
 * writes). {@link #bomLength} is how many bytes to skip before the text.
 */
record TableEncoding(Charset charset, int bomLength, String how) {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    static TableEncoding of(Path file, @Nullable String forced) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 3);
        }
        int bom = bom(head, read);
        if (forced != null && !forced.isBlank()) {
            Charset charset = named(forced);
            boolean unicode = charset.name().startsWith("UTF");
            return new TableEncoding(charset, unicode ? bom : 0, "forced");
        }
        if (read >= 3 && bom == 3) {
            return new TableEncoding(StandardCharsets.UTF_8, 3, "UTF-8 byte-order mark");
        }
        if (bom == 2) {
            Charset charset = head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new TableEncoding(charset, 2, charset.name() + " byte-order mark");
        }
        return validUtf8(file) ? new TableEncoding(StandardCharsets.UTF_8, 0, "valid UTF-8")
                : new TableEncoding(WINDOWS_1256, 0, "not UTF-8, read as Windows-1256");
    }

    private static int bom(byte[] head, int read) {
        if (read >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            return 3;
        }
        if (read >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static Charset named(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ListImport.UnknownEncodingException("Unknown encoding " + name + " (try UTF-8, UTF-16, windows-1256)");
        }
    }

    /** Decodes the whole file strictly as UTF-8, streaming, without keeping the text. */
    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int n;
            while ((n = stream.read(chunk)) > 0) {
                in.put(chunk, 0, n).flip();
                if (!decode(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decode(decoder, in, out, true) && !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end)
            throws CharacterCodingException {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }
}
