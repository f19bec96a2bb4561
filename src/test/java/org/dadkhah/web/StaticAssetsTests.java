package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dadkhah.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser on a slow link downloads, asked of the real server (Tomcat compresses, not MockMvc): the styles,
 * scripts and fonts a page links have their content's hash in their address and may be kept a year, so that a page
 * after the first costs its HTML alone; static files come compressed when asked; pages are neither kept nor
 * compressed (they hold what only their reader may see).
 */
@ApplicationTest
class StaticAssetsTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.(?:css|js)");
    private static final String A_YEAR = "max-age=31536000";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPagesStylesAndScriptsAreLinkedByTheirContentsHashAndKeptForAYear() throws Exception {
        List<String> assets = assets(get("/login", false).body());
        assertThat(assets).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(a -> a.startsWith("/webjars/bootstrap/")).anyMatch(a -> a.startsWith("/css/dadkhah-"))
                .anyMatch(a -> a.startsWith("/webjars/htmx.org/")).anyMatch(a -> a.startsWith("/js/dadkhah-"));
        for (String asset : assets) {
            assertThat(asset).matches(HASHED);
            HttpResponse<byte[]> served = get(asset, false);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control")).as(asset).hasValueSatisfying(
                    c -> assertThat(c).contains(A_YEAR).doesNotContain("no-store").doesNotContain("no-cache"));
        }
    }

    @Test
    void thePersianLayoutLinksTheRightToLeftStylesheetByItsHash() throws Exception {
        assertThat(assets(get("/login?lang=fa", false).body()))
                .anyMatch(a -> a.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.rtl\\.min-[0-9a-f]{32}\\.css"));
    }

    @Test
    void theStylesheetNamesTheBundledFontsByTheirHashedAddresses() throws Exception {
        String css = assets(get("/login", false).body()).stream().filter(a -> a.startsWith("/css/dadkhah-"))
                .findFirst().orElseThrow();
        Matcher font = Pattern.compile("url\\(\"(/fonts/Vazirmatn-Regular-[0-9a-f]{32}\\.woff2)\"\\)")
                .matcher(text(get(css, false).body()));
        assertThat(font.find()).isTrue();
        HttpResponse<byte[]> served = get(font.group(1), false);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains(A_YEAR));
    }

    @Test
    void staticFilesComeCompressedWhenAskedAndStillWhole() throws Exception {
        String stylesheet = assets(get("/login", false).body()).stream()
                .filter(a -> a.startsWith("/webjars/bootstrap/")).findFirst().orElseThrow();
        HttpResponse<byte[]> plain = get(stylesheet, false);
        HttpResponse<byte[]> compressed = get(stylesheet, true);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length / 4);
        assertThat(gunzip(compressed.body())).isEqualTo(plain.body());
        HttpResponse<byte[]> outline = get("/map/iran-provinces.geojson", true);
        assertThat(outline.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(outline.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void pagesAreNeitherKeptNorCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/login", true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(text(page.body())).contains("name=\"username\"");
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> assets(byte[] page) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(text(page));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
