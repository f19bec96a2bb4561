package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Name tables of the generator: common Iranian given names and cities, each in Persian with its usual Latin
 * spellings, and surnames composed from common roots with the usual affixes (-i, -zadeh, Pour-, -ian, Mir-, -lou),
 * written in each of their Latin forms (Pour-Mohammadi, Pourmohammadi, Poormohammadi, Pour Mohammadi).
 */
final class SyntheticNames {

    /** A name in Persian with its Latin spellings. */
    record Name(String persian, List<String> latin) {
    }

    static final List<Name> MALE = names("""
            محمد:Mohammad,Mohammed,Muhammad,Mohamad
            علی:Ali
            حسین:Hossein,Hosein,Hussein,Husain
            حسن:Hassan,Hasan
            رضا:Reza,Rezza
            مهدی:Mehdi,Mahdi
            مصطفی:Mostafa,Mustafa,Moustafa
            مرتضی:Morteza,Mortaza
            قاسم:Ghasem,Qasem,Qassem
            صادق:Sadegh,Sadeq
            جعفر:Jafar,Ja'far,Jaafar
            سعید:Saeed,Saeid,Said
            مسعود:Masoud,Massoud,Masood
            ابراهیم:Ebrahim,Ibrahim
            غلامحسین:Gholamhossein,Gholam-Hossein,Gholam Hossein
            غلامرضا:Gholamreza,Gholam-Reza
            عباس:Abbas
            احمد:Ahmad,Ahmed
            محمود:Mahmoud,Mahmood,Mahmud
            اکبر:Akbar
            اصغر:Asghar
            کاظم:Kazem,Kazim
            جواد:Javad,Jawad
            مجید:Majid,Madjid
            حمید:Hamid
            بهروز:Behrouz,Behrooz
            فرهاد:Farhad
            منوچهر:Manouchehr,Manuchehr
            یوسف:Yousef,Yusuf,Yousof
            اسماعیل:Esmaeil,Ismail,Esmail
            ناصر:Naser,Nasser
            بیژن:Bijan,Bizhan
            هوشنگ:Houshang,Hooshang
            خسرو:Khosrow,Khosro,Khosrou
            سیاوش:Siavash,Siyavash
            کریم:Karim
            رحیم:Rahim
            اسدالله:Asadollah,Asadolah
            نعمت:Nemat,Ne'mat
            داوود:Davoud,Davood,Dawood
            """);

    static final List<Name> FEMALE = names("""
            فاطمه:Fatemeh,Fateme,Fatima
            زهرا:Zahra
            مریم:Maryam,Mariam
            معصومه:Masoumeh,Masoume,Masumeh
            زینب:Zeinab,Zaynab
            اشرف:Ashraf
            منیژه:Manijeh,Manizheh
            شهلا:Shahla
            پروین:Parvin
            مهین:Mahin
            فریده:Farideh,Faride
            سیمین:Simin
            رقیه:Roghayeh,Roqayeh
            طاهره:Tahereh,Tahere
            منیره:Monireh,Monire
            شیرین:Shirin
            نسرین:Nasrin
            لیلا:Leila,Leyla,Layla
            اعظم:Azam,A'zam
            مهری:Mehri
            """);

    static final List<Name> CITIES = names("""
            تهران:Tehran,Teheran
            مشهد:Mashhad,Mashad
            اصفهان:Isfahan,Esfahan
            شیراز:Shiraz
            تبریز:Tabriz
            اهواز:Ahvaz,Ahwaz
            کرمانشاه:Kermanshah
            رشت:Rasht
            قم:Qom,Ghom
            کرج:Karaj
            ارومیه:Urmia,Orumiyeh
            زاهدان:Zahedan
            سنندج:Sanandaj
            همدان:Hamadan
            یزد:Yazd
            اراک:Arak
            """);

    private static final List<Name> ROOTS = names("""
            محمد:Mohammad,Mohamad,Muhammad
            احمد:Ahmad
            حسین:Hossein,Hosein
            کریم:Karim
            رحیم:Rahim
            کاظم:Kazem
            جعفر:Jafar,Jaafar
            تهران:Tehran
            شیراز:Shiraz
            تبریز:Tabriz
            رضا:Reza
            قاسم:Ghasem,Qasem
            صادق:Sadegh,Sadeq
            اکبر:Akbar
            عباس:Abbas
            موسو:Mousav,Musav
            هاشم:Hashem
            نوری:Nouri,Noori
            امین:Amin
            جلال:Jalal
            رحمان:Rahman
            یزدان:Yazdan
            خلیل:Khalil
            سلیمان:Soleyman,Soleiman
            بهرام:Bahram
            نادر:Nader
            مراد:Morad
            فرج:Faraj
            شریف:Sharif
            اسد:Asad
            """);

    /** Surnames, most common first (the generator draws them Zipf-wise in this order). */
    static final List<Name> SURNAMES = surnames();

    private SyntheticNames() {
    }

    private static List<Name> names(String table) {
        List<Name> out = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] parts = line.strip().split(":");
            out.add(new Name(parts[0], List.of(parts[1].split(","))));
        }
        return List.copyOf(out);
    }

    private static List<Name> surnames() {
        String[][] affixes = {
            {"", "ی", "", "i,ee,y"}, {"", "زاده", "", "zadeh,-Zadeh,zade, Zadeh"}, {"پور", "", "Pour,Pour-,Poor,Pour ", ""},
            {"", "یان", "", "ian,yan"}, {"میر", "ی", "Mir,Mir-", "i"}, {"", "لو", "", "lou,loo,lu"}};
        List<Name> out = new ArrayList<>();
        for (String[] affix : affixes) {
            for (Name root : ROOTS) {
                List<String> latin = new ArrayList<>();
                for (String form : root.latin()) {
                    for (String prefix : affix[2].isEmpty() ? new String[] {""} : affix[2].split(",")) {
                        for (String suffix : affix[3].isEmpty() ? new String[] {""} : affix[3].split(",")) {
                            String stem = prefix.isEmpty() || prefix.endsWith("-") || prefix.endsWith(" ")
                                    ? form : form.toLowerCase(java.util.Locale.ROOT);
                            latin.add(prefix + stem + suffix);
                        }
                    }
                }
                out.add(new Name(affix[0] + root.persian() + affix[1], List.copyOf(latin)));
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(1367));
        return List.copyOf(out);
    }
}
