package org.dadkhah.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides what an uploaded file is from its content, never from its name, and cleans file names: only the types an
 * evidence archive needs are accepted (PDF, images, audio, video, plain text).
 */
public final class FileTypes {

    /** The largest accepted upload. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private FileTypes() {
    }

    /** The media type sniffed from the first bytes, or empty when the content is not an accepted type. */
    public static Optional<String> sniff(byte[] data) {
        if (starts(data, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (starts(data, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return Optional.of("image/png");
        }
        if (starts(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (starts(data, "RIFF") && data.length > 12 && new String(data, 8, 4, StandardCharsets.US_ASCII).equals("WAVE")) {
            return Optional.of("audio/wav");
        }
        if (starts(data, "ID3") || starts(data, new byte[] {(byte) 0xFF, (byte) 0xFB})) {
            return Optional.of("audio/mpeg");
        }
        if (starts(data, "OggS")) {
            return Optional.of("audio/ogg");
        }
        if (data.length > 12 && new String(data, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return Optional.of("video/mp4");
        }
        if (isUtf8Text(data)) {
            return Optional.of("text/plain; charset=UTF-8");
        }
        return Optional.empty();
    }

    /**
     * A download of stored evidence: its sniffed type, its SHA-256 in {@code X-Content-SHA256}, no content sniffing by
     * the browser, and an attachment disposition with the cleaned name.
     */
    public static org.springframework.http.ResponseEntity<byte[]> download(byte[] content, String sha256,
            String mediaType, String fileName) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(mediaType))
                .header("X-Content-SHA256", sha256)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** Whether a client-supplied text contains control characters (NUL and the like). */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** The last path segment of a client-supplied name, without control characters; "file" when nothing is left. */
    public static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean isUtf8Text(byte[] data) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase();
            return text.chars().noneMatch(c -> c == 0) && !head.contains("<script") && !head.contains("<html");
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] data, String prefix) {
        return starts(data, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean starts(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
