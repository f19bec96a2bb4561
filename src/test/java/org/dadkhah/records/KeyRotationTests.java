package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KeyRotationTests extends ApiTest {

    @Autowired
    SealedFields sealed;

    @Test
    void rotatingTheKeyReEncryptsEverySealedValueAndKeepsItReadable() throws Exception {
        String id = create("/api/v1/testimonies", "{\"intervieweeName\":\"Rotated Witness\",\"contact\":\"Karaj\"}");
        String before = sealed.raw("testimony", "interviewee_sealed", UUID.fromString(id));
        assertThat(sealed.rotateAndReseal()).isPositive();
        String after = sealed.raw("testimony", "interviewee_sealed", UUID.fromString(id));
        assertThat(after).isNotEqualTo(before).startsWith("tink2:");
        assertThat(getJson("/api/v1/testimonies/" + id, admin()).body().get("intervieweeName").asString())
                .isEqualTo("Rotated Witness");
    }
}
