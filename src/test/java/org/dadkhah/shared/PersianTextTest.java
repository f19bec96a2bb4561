package org.dadkhah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianTextTest {

    @Test
    void arabicYehAndKafBecomePersian() {
        assertThat(PersianText.normalize("علي")).isEqualTo("علی");
        assertThat(PersianText.normalize("موسى")).isEqualTo("موسی");
        assertThat(PersianText.normalize("كاظم")).isEqualTo("کاظم");
    }

    @Test
    void hamzaCarriersAndTehMarbutaAreUnifiedButAlefMaddaIsKept() {
        assertThat(PersianText.normalize("رئیسی")).isEqualTo("رییسی");
        assertThat(PersianText.normalize("أحمد")).isEqualTo("احمد");
        assertThat(PersianText.normalize("إبراهيم")).isEqualTo("ابراهیم");
        assertThat(PersianText.normalize("فاطمة")).isEqualTo("فاطمه");
        assertThat(PersianText.normalize("مؤمن")).isEqualTo("مومن");
        assertThat(PersianText.normalize("آزاده")).isEqualTo("آزاده");
    }

    @Test
    void tatweelAndShortVowelMarksAreRemoved() {
        assertThat(PersianText.normalize("مـــحـمـد")).isEqualTo("محمد");
        assertThat(PersianText.normalize("مُحَمَّد")).isEqualTo("محمد");
        assertThat(PersianText.normalize("رحمٰن")).isEqualTo("رحمن");
    }

    @Test
    void zwnjIsRemovedForComparisonButKeptForDisplay() {
        assertThat(PersianText.normalize("غلام\u200Cحسین")).isEqualTo("غلامحسین");
        assertThat(PersianText.normalizeForDisplay("غلام\u200Cحسین")).isEqualTo("غلام\u200Cحسین");
        assertThat(PersianText.normalizeForDisplay("غلام\u200C\u200Cحسین")).isEqualTo("غلام\u200Cحسین");
        assertThat(PersianText.normalizeForDisplay("غلام \u200Cحسین")).isEqualTo("غلام حسین");
    }

    @Test
    void displayFormUnifiesLettersButKeepsSpellingAndVowelMarks() {
        assertThat(PersianText.normalizeForDisplay("علي كاظمي")).isEqualTo("علی کاظمی");
        assertThat(PersianText.normalizeForDisplay("رئیسی")).isEqualTo("رئیسی");
        assertThat(PersianText.normalizeForDisplay("مُحَمَّد")).isEqualTo("مُحَمَّد");
        assertThat(PersianText.normalizeForDisplay("١٣٦٧")).isEqualTo("۱۳۶۷");
    }

    @Test
    void presentationFormsBecomePlainLetters() {
        assertThat(PersianText.normalize("\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
    }

    @ParameterizedTest
    @CsvSource({"۱۳۶۷,1367", "١٣٦٧,1367", "۰۱۲۳۴۵۶۷۸۹,0123456789", "٠١٢٣٤٥٦٧٨٩,0123456789", "abc 12,abc 12"})
    void persianAndArabicIndicDigitsBecomeAscii(String text, String ascii) {
        assertThat(PersianText.toAsciiDigits(text)).isEqualTo(ascii);
        assertThat(PersianText.normalize(text)).isEqualTo(ascii);
    }

    @Test
    void whitespaceIsCollapsedAndTrimmedIncludingNoBreakSpace() {
        assertThat(PersianText.normalize("  علی \u00A0 \t رضایی \n")).isEqualTo("علی رضایی");
    }

    @Test
    void invisibleDirectionMarksAreRemoved() {
        assertThat(PersianText.normalize("\u200Fعلی\u200E")).isEqualTo("علی");
    }

    @Test
    void detectsArabicScriptText() {
        assertThat(PersianText.isPersian("علی رضایی")).isTrue();
        assertThat(PersianText.isPersian("Ali Rezaei")).isFalse();
        assertThat(PersianText.isPersian("1367")).isFalse();
        assertThat(PersianText.script("علی Ali رضایی")).isEqualTo(Script.PERSIAN);
        assertThat(PersianText.script("Ali Rezaei")).isEqualTo(Script.LATIN);
        assertThat(PersianText.script("Алексей")).isEqualTo(Script.OTHER);
        assertThat(PersianText.script("— 12 —")).isEqualTo(Script.OTHER);
    }

    @Test
    void latinTextIsLeftAlone() {
        assertThat(PersianText.normalize("Gholam-Hossein  Mohseni-Ejei")).isEqualTo("Gholam-Hossein Mohseni-Ejei");
    }
}
