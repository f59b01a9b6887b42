//! Spanish labels that name both genders of an occupation
//! (`cajero/cajera`), split into their forms. The same rule as
//! `gender_forms` in `scripts/esco_subset.py`.

use crate::skills::normalise;

/// Whether two words are the genders of one word: técnico/técnica,
/// actor/actriz, peón/peona (the same first three letters, accents aside).
fn shares_stem(a: &str, b: &str) -> bool {
    let (a, b) = (normalise(a), normalise(b));
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= 3
}

/// Whether two whole labels are the two genders of one name: word by word
/// the same stems, or (ESCO has typos: "director/firectora de …") two labels
/// of several words sharing at least half the words of the shorter.
fn gender_pair(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() == wb.len() && wa.iter().zip(&wb).all(|(x, y)| x == y || shares_stem(x, y)) {
        return true;
    }
    let mut rest = wb.clone();
    let shared = wa
        .iter()
        .filter(|w| {
            rest.iter()
                .position(|r| r == *w)
                .map(|i| rest.swap_remove(i))
                .is_some()
        })
        .count();
    let shorter = wa.len().min(wb.len());
    shorter >= 2 && shared * 2 >= shorter
}

/// The forms a label naming both genders stands for, and whether they are
/// whole labels (`cajero/cajera`, `asistente bibliotecario/asistente
/// bibliotecaria`) rather than words inside one (`comprador/compradora de
/// café verde` → `comprador de café verde`, `compradora de café verde`).
/// No forms for a label that is not a gender pair: a slash also separates
/// alternatives (`azulejos/baldosas`, `Informix 4GL/SQL`, `1907/2006`), and
/// those stay whole. A label repeated on both sides gives one form.
pub fn gender_forms(label: &str) -> (Vec<String>, bool) {
    if !label.contains('/') {
        return (Vec::new(), false);
    }
    let mut halves: Vec<String> = Vec::new();
    for half in label.split('/') {
        let half = half.split_whitespace().collect::<Vec<_>>().join(" ");
        if !half.is_empty() && !halves.contains(&half) {
            halves.push(half);
        }
    }
    if halves.len() == 1 || halves[1..].iter().all(|h| gender_pair(&halves[0], h)) {
        return (halves, true);
    }
    // Slashes inside words: "pirata informático/informática ético/ética".
    let mut choices: Vec<Vec<&str>> = Vec::new();
    for word in label.split_whitespace() {
        let sides: Vec<&str> = word.split('/').collect();
        match sides.as_slice() {
            [one] => choices.push(vec![one]),
            [a, b] if !a.is_empty() && !b.is_empty() && shares_stem(a, b) => {
                choices.push(vec![a, b]);
            }
            _ => return (Vec::new(), false),
        }
    }
    let mut forms: Vec<String> = Vec::new();
    for k in 0..2 {
        let form = choices
            .iter()
            .map(|c| c[k.min(c.len() - 1)])
            .collect::<Vec<_>>()
            .join(" ");
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    (forms, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(label: &str) -> Vec<String> {
        gender_forms(label).0
    }

    #[test]
    fn splits_whole_labels_of_both_genders() {
        assert_eq!(
            gender_forms("cajero/cajera"),
            (vec!["cajero".into(), "cajera".into()], true)
        );
        assert_eq!(
            forms("asistente bibliotecario/asistente bibliotecaria"),
            ["asistente bibliotecario", "asistente bibliotecaria"]
        );
        assert_eq!(forms("peón/peona"), ["peón", "peona"]);
        assert_eq!(forms("actor/actriz"), ["actor", "actriz"]);
        // ESCO's typos and a trailing slash still split into whole labels.
        assert_eq!(
            forms("director de fábrica de fundición/firectora de fábrica de fundición"),
            [
                "director de fábrica de fundición",
                "firectora de fábrica de fundición"
            ]
        );
        assert_eq!(
            forms("jefe de sala/jefa de sala/"),
            ["jefe de sala", "jefa de sala"]
        );
    }

    #[test]
    fn splits_gendered_words_inside_a_label() {
        assert_eq!(
            gender_forms("comprador/compradora de café verde"),
            (
                vec![
                    "comprador de café verde".into(),
                    "compradora de café verde".into()
                ],
                false
            )
        );
        assert_eq!(
            forms("pirata informático/informática ético/ética"),
            ["pirata informático ético", "pirata informática ética"]
        );
    }

    #[test]
    fn leaves_slashes_that_are_not_genders_alone() {
        for label in [
            "cortar azulejos/baldosas",
            "tipos de baldosas/azulejos",
            "Informix 4GL/SQL",
            "CA Datacom/DB",
            "siguiendo el Reglamento REACH 1907/2006",
            "jefe de equipo de operadores de impresión/encuadernación",
            "reponedor",
        ] {
            assert_eq!(gender_forms(label), (vec![], false), "{label}");
        }
    }
}
