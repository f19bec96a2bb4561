package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Name tables of the generator: common Iranian given names (simple and compound, most common first) and cities,
 * each in Persian with its usual Latin spellings, and surnames composed from about 90 common roots (names, places,
 * trades) with the usual affixes (-i, -zadeh, Pour-, -ian, Mir-, -lou, -nejad, -far, -nia, -pour, -rad, -khani,
 * -abadi), alone or followed by an adjective of origin (Karimi-Shirazi): about 48,000 surnames, written in each of
 * their Latin forms (Pour-Mohammadi, Pourmohammadi, Poormohammadi).
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
            محمدرضا:Mohammadreza,Mohammad-Reza,Mohammad Reza
            محمدعلی:Mohammadali,Mohammad-Ali,Mohammad Ali
            محمدحسین:Mohammadhossein,Mohammad-Hossein
            محمدحسن:Mohammadhasan,Mohammad-Hasan
            محمدتقی:Mohammadtaghi,Mohammad-Taghi,Mohammad-Taqi
            محمدباقر:Mohammadbagher,Mohammad-Bagher
            علیرضا:Alireza,Ali-Reza,Ali Reza
            علی‌اکبر:Aliakbar,Ali-Akbar,Ali Akbar
            علی‌اصغر:Aliasghar,Ali-Asghar
            عبدالله:Abdollah,Abdolah,Abdullah
            عبدالرضا:Abdolreza,Abdol-Reza
            عبدالحسین:Abdolhossein,Abdol-Hossein
            غلامعلی:Gholamali,Gholam-Ali
            غلامعباس:Gholamabbas,Gholam-Abbas
            امیر:Amir
            بهمن:Bahman
            پرویز:Parviz
            جمشید:Jamshid
            فریدون:Fereydoun,Fereydoon,Freydoun
            کیومرث:Kiumars,Kioumars
            تقی:Taghi,Taqi
            نقی:Naghi,Naqi
            باقر:Bagher,Baqer
            رسول:Rasoul,Rasool
            حبیب:Habib
            نصرالله:Nasrollah,Nasrolah
            فتح‌الله:Fathollah,Fatollah
            روح‌الله:Rouhollah,Ruhollah
            حیدر:Heydar,Haidar
            یدالله:Yadollah,Yadolah
            منصور:Mansour,Mansoor
            شهرام:Shahram
            کامران:Kamran
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
            سکینه:Sakineh,Sakine
            خدیجه:Khadijeh,Khadije
            بتول:Batoul,Batool
            کبری:Kobra
            صغری:Soghra,Soqra
            عفت:Efat,Effat
            فرشته:Fereshteh,Fereshte
            ناهید:Nahid
            شهین:Shahin
            پروانه:Parvaneh,Parvane
            ژیلا:Jila,Zhila
            سودابه:Soudabeh,Sudabeh
            اکرم:Akram
            زهره:Zohreh,Zohre
            منصوره:Mansoureh,Mansoure
            راضیه:Razieh,Raziyeh
            نرگس:Narges
            عذرا:Azra
            گوهر:Gohar
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
            کرمان:Kerman
            قزوین:Qazvin,Ghazvin
            کاشان:Kashan
            زنجان:Zanjan
            ساری:Sari
            گرگان:Gorgan
            بابل:Babol
            آمل:Amol
            لاهیجان:Lahijan
            بندرعباس:Bandar Abbas,Bandar-Abbas
            بوشهر:Bushehr,Bousher
            خرم‌آباد:Khorramabad,Khoramabad
            ایلام:Ilam
            بجنورد:Bojnourd,Bojnurd
            سبزوار:Sabzevar
            نیشابور:Neyshabur,Nishapur
            دزفول:Dezful,Dezfoul
            آبادان:Abadan
            مهاباد:Mahabad
            سقز:Saqqez,Saghez
            خوی:Khoy
            اردبیل:Ardabil
            بروجرد:Borujerd,Boroujerd
            ملایر:Malayer
            """);

    private static final List<Name> ROOTS = names("""
            محمد:Mohammad,Mohamad,Muhammad
            احمد:Ahmad
            حسین:Hossein,Hosein
            حسن:Hasan,Hassan
            کریم:Karim
            رحیم:Rahim
            کاظم:Kazem
            جعفر:Jafar,Jaafar
            رضا:Reza
            قاسم:Ghasem,Qasem
            صادق:Sadegh,Sadeq
            اکبر:Akbar
            عباس:Abbas
            هاشم:Hashem
            نور:Nour,Noor
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
            تهران:Tehran
            شیراز:Shiraz
            تبریز:Tabriz
            کرمان:Kerman
            یزد:Yazd
            اصفهان:Esfahan,Isfahan
            قزوین:Ghazvin,Qazvin
            کاشان:Kashan
            زنجان:Zanjan
            همدان:Hamadan
            رشت:Rasht
            خراسان:Khorasan
            گیلان:Gilan
            نجف:Najaf
            سبحان:Sobhan
            رستم:Rostam
            بهمن:Bahman
            فرهاد:Farhad
            جمشید:Jamshid
            کیان:Kian
            داود:Davoud,Davood
            یوسف:Yousef
            ابراهیم:Ebrahim
            اسماعیل:Esmaeil,Esmail
            نصیر:Nasir
            منصور:Mansour,Mansoor
            صفر:Safar
            رجب:Rajab
            شعبان:Shaban
            رمضان:Ramezan,Ramazan
            باقر:Bagher,Baqer
            طاهر:Taher
            ناصر:Naser,Nasser
            حمید:Hamid
            مجید:Majid
            سعید:Saeed,Saeid
            مسعود:Masoud
            عزیز:Aziz
            حبیب:Habib
            نظر:Nazar
            صالح:Saleh
            عادل:Adel
            فاضل:Fazel
            کامل:Kamel
            شکور:Shakour
            غفور:Ghafour
            رسول:Rasoul,Rasool
            حیدر:Heydar,Haidar
            عسگر:Asgar,Askar
            زمان:Zaman
            سلطان:Soltan
            امیر:Amir
            دهقان:Dehghan,Dehqan
            بازرگان:Bazargan
            زرگر:Zargar
            آهنگر:Ahangar
            نجار:Najjar,Najar
            خیاط:Khayat,Khayyat
            عطار:Attar
            کشاورز:Keshavarz
            قنبر:Ghanbar,Qanbar
            جواد:Javad
            """);

    /** Adjectives of origin that follow many surnames (Karimi-Shirazi, Hashemi Rafsanjani). */
    static final List<Name> ORIGINS = names("""
            تهرانی:Tehrani
            شیرازی:Shirazi
            تبریزی:Tabrizi
            اصفهانی:Esfahani,Isfahani
            مشهدی:Mashhadi
            کرمانی:Kermani
            یزدی:Yazdi
            قزوینی:Ghazvini,Qazvini
            کاشانی:Kashani
            زنجانی:Zanjani
            همدانی:Hamadani
            رشتی:Rashti
            خراسانی:Khorasani
            گیلانی:Gilani
            قمی:Ghomi,Qomi
            اراکی:Araki
            اهوازی:Ahvazi
            کرمانشاهی:Kermanshahi
            سبزواری:Sabzevari
            نیشابوری:Neyshaburi
            دزفولی:Dezfuli
            بروجردی:Borujerdi
            اردبیلی:Ardabili
            لاهیجی:Lahiji
            گرگانی:Gorgani
            آملی:Amoli
            بابلی:Baboli
            ملایری:Malayeri
            طالقانی:Taleghani,Taleqani
            رفسنجانی:Rafsanjani
            نائینی:Naeini
            سمنانی:Semnani
            دامغانی:Damghani
            بهبهانی:Behbahani
            شوشتری:Shoushtari,Shushtari
            تنکابنی:Tonekaboni
            لنگرودی:Langaroudi,Langarudi
            شبستری:Shabestari
            مراغه‌ای:Maraghei,Maraghehi
            خلخالی:Khalkhali
            """);

    /** Simple surnames (a root with one affix), in a fixed shuffled order. */
    static final List<Name> SURNAMES = surnames();

    /** How many surnames {@link #surname} makes: each simple one alone or followed by an adjective of origin. */
    static final int SURNAME_COUNT = SURNAMES.size() * (ORIGINS.size() + 1);

    /**
     * The surname of a rank (0 the most common) among {@link #SURNAME_COUNT}: ranks are spread over simple and
     * compound surnames by a fixed permutation, so that common surnames are of both kinds.
     */
    static Name surname(int rank) {
        int index = (int) ((rank * 7_919L + 13) % SURNAME_COUNT);
        Name simple = SURNAMES.get(index % SURNAMES.size());
        int origin = index / SURNAMES.size() - 1;
        if (origin < 0) {
            return simple;
        }
        Name adjective = ORIGINS.get(origin);
        List<String> latin = new ArrayList<>();
        for (String first : simple.latin()) {
            for (String second : adjective.latin()) {
                latin.add(first + "-" + second);
                latin.add(first + " " + second);
            }
        }
        return new Name(simple.persian() + " " + adjective.persian(), List.copyOf(latin));
    }

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
            {"", "یان", "", "ian,yan"}, {"میر", "ی", "Mir,Mir-", "i"}, {"", "لو", "", "lou,loo,lu"},
            {"", "نژاد", "", "nejad,nezhad,-Nejad"}, {"", "فر", "", "far,-Far"}, {"", "نیا", "", "nia,-Nia"},
            {"", "پور", "", "pour,poor,-Pour"}, {"", "راد", "", "rad,-Rad"},
            {"", "خانی", "", "khani,-Khani"}, {"", "آبادی", "", "abadi,-Abadi"}};
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
