//! Locale formatting of numbers, dates and times for the six languages,
//! following CLDR's conventions for each.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use wsis_domain::Language;

/// Groups thousands the way the language does: `12,345` (en, zh, ar),
/// `12 345` with a narrow no-break space (fr), `12 345` with a no-break
/// space (ru), `12.345` (es, which leaves four-digit numbers ungrouped).
pub fn format_number(lang: Language, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Language::Fr => "\u{202f}",
        Language::Ru => "\u{a0}",
        Language::Es => ".",
        _ => ",",
    };
    let group = !(lang == Language::Es && digits.len() <= 4);
    let mut out = String::with_capacity(digits.len() + 8);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A number with one decimal, grouped as [`format_number`] does, with the language's
/// decimal separator (`12.5` in en, zh, ar; `12,5` in fr, ru, es).
pub fn format_decimal1(lang: Language, x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sep = match lang {
        Language::Fr | Language::Ru | Language::Es => ",",
        _ => ".",
    };
    let sign = if tenths < 0 { "-" } else { "" };
    format!(
        "{sign}{}{sep}{}",
        format_number(lang, (tenths / 10).abs()),
        (tenths % 10).abs()
    )
}

const MONTHS: [[&str; 12]; 6] = [
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

fn index(lang: Language) -> usize {
    Language::ALL.iter().position(|l| *l == lang).unwrap_or(2)
}

fn zoned(unix_secs: i64, tz: &TimeZone) -> Option<jiff::ZonedDateTime> {
    Timestamp::from_second(unix_secs)
        .ok()
        .map(|t| t.to_zoned_datetime(tz.clone()))
}

/// A date in the language's long form: `9 April 2019`, `9 avril 2019`,
/// `9 de abril de 2019`, `9 апреля 2019 г.`, `2019年4月9日`, `9 أبريل 2019`.
pub fn format_date(lang: Language, unix_secs: i64, tz: &TimeZone) -> String {
    let Some(z) = zoned(unix_secs, tz) else {
        return String::new();
    };
    long_date(lang, z.year(), z.month() as usize, z.day())
}

/// A calendar date `YYYY-MM-DD` (a deadline, a forum day) in the language's long
/// form, as [`format_date`]; anything else is returned as it is.
pub fn format_local_date(lang: Language, ymd: &str) -> String {
    match jiff::civil::Date::strptime("%Y-%m-%d", ymd) {
        Ok(d) => long_date(lang, d.year(), d.month() as usize, d.day()),
        Err(_) => ymd.to_owned(),
    }
}

fn long_date(lang: Language, y: i16, m: usize, d: i8) -> String {
    let month = MONTHS[index(lang)][m - 1];
    match lang {
        Language::Zh => format!("{y}年{month}月{d}日"),
        Language::Es => format!("{d} de {month} de {y}"),
        Language::Ru => format!("{d} {month} {y} г."),
        _ => format!("{d} {month} {y}"),
    }
}

/// A time on the 24-hour clock, as the UN writes it in all six languages: `14:30`.
pub fn format_time(_lang: Language, unix_secs: i64, tz: &TimeZone) -> String {
    zoned(unix_secs, tz)
        .map(|z| format!("{:02}:{:02}", z.hour(), z.minute()))
        .unwrap_or_default()
}

/// Date and time together.
pub fn format_datetime(lang: Language, unix_secs: i64, tz: &TimeZone) -> String {
    format!(
        "{} {}",
        format_date(lang, unix_secs, tz),
        format_time(lang, unix_secs, tz)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_per_locale() {
        assert_eq!(format_number(Language::En, 1234567), "1,234,567");
        assert_eq!(format_number(Language::Fr, 3000), "3\u{202f}000");
        assert_eq!(format_number(Language::Ru, -3000), "-3\u{a0}000");
        assert_eq!(format_number(Language::Es, 3000), "3000");
        assert_eq!(format_number(Language::Es, 30000), "30.000");
        assert_eq!(format_number(Language::Zh, 999), "999");
    }

    #[test]
    fn dates_follow_each_language() {
        // 2019-04-08 07:30 UTC = 09:30 in Geneva (summer time).
        let t = 1_554_708_600;
        let utc = TimeZone::UTC;
        assert_eq!(format_date(Language::En, t, &utc), "8 April 2019");
        assert_eq!(format_date(Language::Es, t, &utc), "8 de abril de 2019");
        assert_eq!(format_date(Language::Ru, t, &utc), "8 апреля 2019 г.");
        assert_eq!(format_date(Language::Zh, t, &utc), "2019年4月8日");
        assert_eq!(format_date(Language::Ar, t, &utc), "8 أبريل 2019");
        assert_eq!(format_time(Language::Fr, t, &utc), "07:30");
        let geneva = TimeZone::fixed(jiff::tz::offset(2));
        assert_eq!(format_time(Language::Fr, t, &geneva), "09:30");
    }
}

/// The collators of the six languages (CLDR rules from ICU4X's compiled data: French
/// accents, Chinese in pinyin order, Arabic and Cyrillic alphabets).
static COLLATORS: std::sync::LazyLock<Vec<icu_collator::CollatorBorrowed<'static>>> =
    std::sync::LazyLock::new(|| {
        Language::ALL
            .iter()
            .map(|l| {
                let locale: icu_locale_core::Locale =
                    l.code().parse().unwrap_or(icu_locale_core::Locale::UNKNOWN);
                icu_collator::Collator::try_new(
                    icu_collator::CollatorPreferences::from(&locale),
                    icu_collator::options::CollatorOptions::default(),
                )
                .or_else(|_| {
                    icu_collator::Collator::try_new(
                        Default::default(),
                        icu_collator::options::CollatorOptions::default(),
                    )
                })
                .expect("the root collation is compiled in")
            })
            .collect()
    });

/// Compares two texts as a reader of `lang` orders them.
pub fn collate(lang: Language, a: &str, b: &str) -> std::cmp::Ordering {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    COLLATORS[i].compare(a, b)
}

#[cfg(test)]
mod collation_tests {
    use super::*;

    fn sorted(lang: Language, words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        v.sort_by(|a, b| collate(lang, a, b));
        v
    }

    #[test]
    fn names_sort_by_each_languages_collation() {
        // French: accented letters with their base letter, not after Z.
        assert_eq!(
            sorted(Language::Fr, &["Zimbabwe", "Égypte", "Espagne", "Danemark"]),
            ["Danemark", "Égypte", "Espagne", "Zimbabwe"]
        );
        // Chinese in pinyin order: 阿富汗 (Afuhan), 巴西 (Baxi), 中国 (Zhongguo).
        assert_eq!(
            sorted(Language::Zh, &["中国", "巴西", "阿富汗"]),
            ["阿富汗", "巴西", "中国"]
        );
        // Spanish: Ñ after N.
        assert_eq!(
            sorted(Language::Es, &["Omán", "Níger", "Ñandú"]),
            ["Níger", "Ñandú", "Omán"]
        );
        // Russian and Arabic by their alphabets.
        assert_eq!(
            sorted(Language::Ru, &["Япония", "Австрия", "Ёлка"]),
            ["Австрия", "Ёлка", "Япония"]
        );
        assert_eq!(
            sorted(Language::Ar, &["مصر", "الأردن", "تونس"]),
            ["الأردن", "تونس", "مصر"]
        );
    }
}
