package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTermsTest {

    @Test
    void compoundSurnamesWrittenJoinedHyphenatedOrApartShareTheirJoinedWord() {
        for (String variant : List.of("Pour-Mohammadi", "Pourmohammadi", "Pour Mohammadi", "POUR MOHAMMADI")) {
            assertThat(NameTerms.of(variant).words()).as(variant).contains("pourmohammadi");
        }
    }

    @Test
    void persianAndLatinSpellingsOfOneSurnameShareASkeleton() {
        String persian = NameTerms.of("پورمحمدی").fullSkeleton();
        for (String variant : List.of("Pour-Mohammadi", "Pourmohammadi", "Pour Mohammadi", "Poormohammadi")) {
            assertThat(NameTerms.of(variant).fullSkeleton()).as(variant).isEqualTo(persian);
        }
    }

    @Test
    void mohammadInEveryScriptAndSpellingHasOneSkeleton() {
        String skeleton = NameTerms.of("Mohammad").fullSkeleton();
        for (String variant : List.of("Mohamad", "Muhammad", "Mohammed", "محمّد", "محمد", "مُحَمَّد")) {
            assertThat(NameTerms.of(variant).fullSkeleton()).as(variant).isEqualTo(skeleton);
        }
    }

    @Test
    void arabicYehAndKafAreTheirPersianLetters() {
        assertThat(NameTerms.of("علي كريمي").words()).isEqualTo(NameTerms.of("علی کریمی").words());
        assertThat(NameTerms.of("علي كريمي").fullKey()).isEqualTo(NameTerms.of("علی کریمی").fullKey());
    }

    @Test
    void zeroWidthNonJoinerTatweelAndSpaceInsideAPersianNameDoNotMatter() {
        String key = NameTerms.of("غلامحسین").fullKey();
        assertThat(NameTerms.of("غلام\u200Cحسین").fullKey()).isEqualTo(key);
        assertThat(NameTerms.of("غلام حسین").fullKey()).isEqualTo(key);
        assertThat(NameTerms.of("غلامـحسین").fullKey()).isEqualTo(key);
    }

    @Test
    void titlesAreNotWordsOfTheName() {
        assertThat(NameTerms.of("Seyyed Ali Khamenei").words()).doesNotContain("seyyed").contains("ali", "khamenei");
        assertThat(NameTerms.of("سید علی خامنه‌ای").fullKey()).isEqualTo(NameTerms.of("علی خامنه‌ای").fullKey());
    }

    @Test
    void leadingPartsOfEachWordAreGramsButTheWholeWordIsNot() {
        NameTerms terms = NameTerms.of("Alireza");
        assertThat(terms.grams()).contains("al", "ali", "alire").doesNotContain("alireza");
        assertThat(NameTerms.of("Khalil").grams()).doesNotContain("ali");
    }
}
