package org.dadkhah.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class DemoDataTests extends ApiTest {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loaded() {
        demo.load();
    }

    @Test
    void aSecondLoadChangesNothing() {
        long history = jdbc.sql("select count(*) from record_history").query(Long.class).single();
        DemoData.Result again = demo.load();
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isGreaterThan(250);
        assertThat(jdbc.sql("select count(*) from record_history").query(Long.class).single()).isEqualTo(history);
    }

    @Test
    void raisiIsFoundWithHisPostsAndCitations() throws Exception {
        var found = getJson("/api/v1/persons?name=Raisi", admin());
        assertThat(found.status()).isEqualTo(200);
        JsonNode raisi = found.body().get("items").get(0);
        assertThat(raisi.get("names").toString()).contains("Ebrahim Raisi").contains("ابراهیم رئیسی");
        assertThat(raisi.get("posts")).isNotEmpty();
        assertThat(raisi.get("posts").get(0).get("citations")).isNotEmpty();
        assertThat(raisi.get("citations")).isNotEmpty();
    }

    @Test
    void pourMohammadiSatOnTheTehranDeathCommissionAsArticle004Claims() throws Exception {
        List<String> posts = new ArrayList<>();
        for (JsonNode person : getJson("/api/v1/persons?name=Pour-Mohammadi&limit=500", admin()).body().get("items")) {
            person.get("posts").forEach(p -> posts.add(p.get("organisationName").asString() + " / " + p.get("title").asString()));
        }
        assertThat(posts).anyMatch(p -> p.contains("Tehran")).anyMatch(p -> p.contains("Justice"));
    }

    @Test
    void theThirtyThousandFigureStandsAsOneClaimPerArticleThatMakesIt() {
        List<String> sources = jdbc.sql("""
                select distinct s.file_name from claim c join source s on s.id = c.source_id
                where c.value_low = 30000 and c.counted = 'EXECUTED'""").query(String.class).list();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everySourceKeepsItsArticleByteForByteWithItsSha256() throws Exception {
        var sources = getJson("/api/v1/sources?kind=ARTICLE&limit=100", admin()).body().get("items");
        int withFile = 0;
        for (JsonNode source : sources) {
            if (source.get("fileName").isNull()) {
                continue;
            }
            withFile++;
            try (InputStream in = new ClassPathResource("demo/corpus/" + source.get("fileName").asString()).getInputStream()) {
                byte[] bytes = in.readAllBytes();
                assertThat(source.get("sha256").asString()).isEqualTo(sha256(bytes));
            }
        }
        assertThat(withFile).isEqualTo(5);
    }

    @Test
    void everyCitedExcerptOccursVerbatimInItsArticle() {
        var rows = jdbc.sql("""
                select s.file_name, c.excerpt from citation c join source s on s.id = c.source_id
                where s.file_name is not null and c.excerpt is not null
                union all
                select s.file_name, c.excerpt from claim c join source s on s.id = c.source_id
                where s.file_name is not null and c.excerpt is not null""").query().listOfRows();
        assertThat(rows).hasSizeGreaterThan(50);
        for (var row : rows) {
            assertThat(article((String) row.get("file_name"))).contains((String) row.get("excerpt"));
        }
    }

    private static String article(String fileName) {
        try (InputStream in = new ClassPathResource("demo/corpus/" + fileName).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
