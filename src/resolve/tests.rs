//! Resolution fixtures: one case per rule (names, surnames, titles, pronouns
//! with gender and number, descriptions, bodies), each with what must stay
//! unchanged.

use super::local::outlet;
use super::*;
use crate::model::{ArticleMeta, SourceKind};

pub(super) fn article(text: &str) -> Article {
    Article {
        path: "a.txt".into(),
        text: text.into(),
        body: ByteSpan::new(0, text.len()),
        meta: ArticleMeta::default(),
    }
}

pub(super) fn said(
    text: &str,
    who: &str,
    form: MentionForm,
    appositive: Option<&str>,
) -> Attribution {
    let at = text.rfind(who).unwrap_or(0);
    Attribution {
        source: Some(Mention {
            span: Some(ByteSpan::new(at, at + who.len())),
            text: who.into(),
            form,
            appositive: appositive.map(Into::into),
        }),
        cue: None,
        content: vec![ByteSpan::new(at, at + who.len())],
        quote: QuoteKind::Indirect,
        stance: crate::model::Stance::Asserts,
        via: vec![],
        sentence: ByteSpan::new(at, at + who.len()),
        continues: false,
    }
}

/// Resolves the given mentions of one article and returns their entity names.
fn check(text: &str, mentions: &[(&str, MentionForm, Option<&str>)], expect: &[&str]) {
    let a = article(text);
    let found = mentions
        .iter()
        .map(|(w, f, ap)| said(text, w, *f, *ap))
        .collect();
    let r = entities(&[a], vec![found], &AliasTable::builtin());
    let got: Vec<&str> = r
        .attributions
        .iter()
        .map(|x| r.sources[x.source.0 as usize].name.as_str())
        .collect();
    assert_eq!(got, expect);
}

/// Resolves mentions met in document order, each looked for after the
/// previous one, and returns their entity names.
pub(super) fn resolve_in_order(
    text: &str,
    mentions: &[(&str, MentionForm, Option<&str>)],
) -> Vec<String> {
    let mut from = 0;
    let found = mentions
        .iter()
        .map(|(who, form, appositive)| {
            // A whole word: "He" is not the start of "Her".
            let at = text[from..]
                .match_indices(who)
                .map(|(i, _)| from + i)
                .find(|&i| {
                    !text[i + who.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                })
                .expect("mention in text");
            from = at + who.len();
            let mut a = said(text, who, *form, *appositive);
            let span = ByteSpan::new(at, at + who.len());
            a.source.as_mut().expect("a source").span = Some(span);
            a.content = vec![span];
            a.sentence = span;
            a
        })
        .collect();
    let r = entities(&[article(text)], vec![found], &AliasTable::builtin());
    r.attributions
        .iter()
        .map(|x| r.sources[x.source.0 as usize].name.clone())
        .collect()
}

/// Gender and number: one fixture per rule, each with the names expected.
#[test]
fn pronouns_and_descriptions_agree_in_gender_and_number() {
    use MentionForm::{Description, Name, Pronoun};
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a [(&'a str, MentionForm, Option<&'a str>)],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            "an honorific elsewhere in the text",
            "Dana Whitfield said talks failed. Robin Okafor said they would resume. Mr. Okafor objected. “No,” she said.",
            &[("Dana Whitfield", Name, None), ("Robin Okafor", Name, None), ("she", Pronoun, None)],
            &["Dana Whitfield", "Robin Okafor", "Dana Whitfield"],
        ),
        (
            "a gendered title",
            "Dana Whitfield said talks failed. Council spokesman Robin Okafor said they would resume. “No,” she said.",
            &[("Dana Whitfield", Name, None), ("Council spokesman Robin Okafor", Name, None), ("she", Pronoun, None)],
            &["Dana Whitfield", "Robin Okafor", "Dana Whitfield"],
        ),
        (
            "a gendered appositive",
            "Dana Whitfield said talks failed. Robin Okafor, a spokesman for the council, said they would resume. “No,” she said.",
            &[("Dana Whitfield", Name, None), ("Robin Okafor", Name, Some("a spokesman for the council")), ("she", Pronoun, None)],
            &["Dana Whitfield", "Robin Okafor", "Dana Whitfield"],
        ),
        (
            "a gendered description",
            "Dana Whitfield said talks failed. Robin Okafor said they would resume. Mr. Okafor left. The congresswoman said no.",
            &[("Dana Whitfield", Name, None), ("Robin Okafor", Name, None), ("The congresswoman", Description, None)],
            &["Dana Whitfield", "Robin Okafor", "Dana Whitfield"],
        ),
        (
            "given names",
            "Maria Lopez said talks failed. John Okafor said they would resume. “No,” she said.",
            &[("Maria Lopez", Name, None), ("John Okafor", Name, None), ("she", Pronoun, None)],
            &["Maria Lopez", "John Okafor", "Maria Lopez"],
        ),
        (
            "the pronoun a text already uses for a person",
            "Dana Whitfield said talks failed. She said they would resume. Robin Okafor said no. He said it twice. Later she said yes.",
            &[("Dana Whitfield", Name, None), ("She", Pronoun, None), ("Robin Okafor", Name, None), ("He", Pronoun, None), ("she", Pronoun, None)],
            &["Dana Whitfield", "Dana Whitfield", "Robin Okafor", "Robin Okafor", "Dana Whitfield"],
        ),
        (
            "a lone surname of a person the text names in full",
            "Rep. Tim Ryan ran. Ryan said talks failed. Moscow said they would resume. “No,” he said.",
            &[("Ryan", Name, None), ("Moscow", Name, None), ("he", Pronoun, None)],
            &["Tim Ryan", "Russia", "Tim Ryan"],
        ),
        (
            "Mrs. picks among people of one surname",
            "Bill Clinton spoke. Hillary Clinton spoke. Bill Clinton said so. Mrs. Clinton said no.",
            &[("Hillary Clinton", Name, None), ("Bill Clinton", Name, None), ("Mrs. Clinton", Name, None)],
            &["Hillary Clinton", "Bill Clinton", "Hillary Clinton"],
        ),
        (
            "unknown gender keeps the nearest person",
            "Dana Whitfield said talks failed. Robin Okafor said they would resume. “No,” she said.",
            &[("Dana Whitfield", Name, None), ("Robin Okafor", Name, None), ("she", Pronoun, None)],
            &["Dana Whitfield", "Robin Okafor", "Robin Okafor"],
        ),
        (
            "a pronoun no person agrees with stays unresolved",
            "Robin Okafor said talks failed. Mr. Okafor left. “No,” she said.",
            &[("Robin Okafor", Name, None), ("she", Pronoun, None)],
            &["Robin Okafor", "she"],
        ),
        (
            "a pronoun after someone else in between teaches nothing",
            "Dana Whitfield said talks failed. Her husband called. He said they would resume. Mr. Okafor said no. Later she said yes.",
            &[("Dana Whitfield", Name, None), ("He", Pronoun, None), ("Mr. Okafor", Name, None), ("she", Pronoun, None)],
            &["Dana Whitfield", "Dana Whitfield", "Okafor", "Dana Whitfield"],
        ),
        (
            "plural descriptions are no single person",
            "Dana Whitfield said talks failed. The officials said they would resume.",
            &[("Dana Whitfield", Name, None), ("The officials", Description, None)],
            &["Dana Whitfield", "officials"],
        ),
        (
            "a plural description goes to a source with its head noun",
            "U.S. officials said talks failed. Dana Whitfield said they would resume. The officials said no.",
            &[("U.S. officials", MentionForm::Collective, None), ("Dana Whitfield", Name, None), ("The officials", Description, None)],
            &["U.S. officials", "Dana Whitfield", "U.S. officials"],
        ),
        (
            "plural people go to a named group",
            "Senate Democrats said talks failed. Dana Whitfield said they would resume. The lawmakers said no.",
            &[("Senate Democrats", Name, None), ("Dana Whitfield", Name, None), ("The lawmakers", Description, None)],
            &["Democrats", "Dana Whitfield", "Democrats"],
        ),
        (
            "plural bodies go to a body",
            "Moscow said talks failed. Dana Whitfield said they would resume. The countries said no.",
            &[("Moscow", Name, None), ("Dana Whitfield", Name, None), ("The countries", Description, None)],
            &["Russia", "Dana Whitfield", "Russia"],
        ),
        (
            "they goes to a group before a person",
            "Senate Democrats said talks failed. Dana Whitfield said they would resume. “No,” they said.",
            &[("Senate Democrats", Name, None), ("Dana Whitfield", Name, None), ("they", Pronoun, None)],
            &["Democrats", "Dana Whitfield", "Democrats"],
        ),
    ];
    for (rule, text, mentions, expect) in cases {
        assert_eq!(resolve_in_order(text, mentions), *expect, "{rule}");
    }
}

#[test]
fn surnames_pronouns_and_descriptions() {
    check(
        "North Korea expert Benjamin Young spoke. Young said. He said. The Kyiv Post reported. The newspaper said.",
        &[
            ("North Korea expert Benjamin Young", MentionForm::Name, None),
            ("Young", MentionForm::Name, None),
            ("He", MentionForm::Pronoun, None),
            ("The Kyiv Post", MentionForm::Name, None),
            ("The newspaper", MentionForm::Description, None),
        ],
        &["Benjamin Young", "Benjamin Young", "Benjamin Young", "Kyiv Post", "Kyiv Post"],
    );
}

#[test]
fn a_name_after_an_outlet_s_possessive_is_its_reporter() {
    // A person, so "he" and "the company" find the right ones; the outlet is
    // their body. A unit of the owner stays a body.
    let text = "The bridge fell, the BBC's John Smith reported. He said. Acme Corp spoke. The company said. Acme's Research Division said.";
    let a = article(text);
    let found = [
        ("the BBC's John Smith", MentionForm::Name),
        ("He", MentionForm::Pronoun),
        ("Acme Corp", MentionForm::Name),
        ("The company", MentionForm::Description),
        ("Acme's Research Division", MentionForm::Name),
    ]
    .iter()
    .map(|(w, f)| said(text, w, *f, None))
    .collect();
    let r = entities(&[a], vec![found], &AliasTable::builtin());
    let got: Vec<(&str, SourceKind)> = r
        .attributions
        .iter()
        .map(|x| {
            let s = &r.sources[x.source.0 as usize];
            (s.name.as_str(), s.kind)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("John Smith", SourceKind::Person),
            ("John Smith", SourceKind::Person),
            ("Acme Corp", SourceKind::Organization),
            ("Acme Corp", SourceKind::Organization),
            ("Research Division", SourceKind::Organization),
        ]
    );
    assert_eq!(bodies_of(&r, 0), ["BBC"]);
}

/// The names of the bodies the source of attribution `i` belongs to.
fn bodies_of(r: &Resolved, i: usize) -> Vec<&str> {
    let who = &r.sources[r.attributions[i].source.0 as usize];
    who.affiliation
        .iter()
        .map(|b| r.sources[b.0 as usize].name.as_str())
        .collect()
}

#[test]
fn mr_kim_is_picked_by_appositive() {
    check(
        "Defense Minister Kim Yong-hyun spoke. North Korean leader Kim Jong-un left. Mr. Kim, the defense minister, said.",
        &[("Mr. Kim", MentionForm::Name, Some("the defense minister"))],
        &["Kim Yong-hyun"],
    );
    check(
        "Defense Minister Kim Yong-hyun spoke. North Korean leader Kim Jong-un left. Mr. Kim called it.",
        &[("Mr. Kim", MentionForm::Name, None)],
        &["Kim Jong Un"],
    );
}

#[test]
fn a_spokesman_for_a_body_is_one_with_it() {
    check(
        "A spokesman for the Pentagon said.",
        &[("A spokesman for the Pentagon", MentionForm::Name, None)],
        &["spokesman for the Pentagon"],
    );
    assert_eq!(
        body_of("A spokesman for the Pentagon", MentionForm::Name).1,
        Some("U.S. Department of Defense".to_string())
    );
}

#[test]
fn a_common_noun_owner_is_the_body_the_article_named() {
    // "The chamber's Republicans" are no members of a body "chamber".
    assert_eq!(
        body_of("The chamber's Republicans", MentionForm::Name).1,
        None
    );
    assert_eq!(
        body_of("A former NSA official", MentionForm::Name).1,
        Some("NSA".to_string())
    );
    // "the department's Bureau of Labor Statistics" after "the Labor
    // Department reported": the department is the Labor Department.
    let text = "Hiring rose, the Labor Department reported. Pay rose, the department's Bureau of Labor Statistics said.";
    let found = vec![
        said(text, "the Labor Department", MentionForm::Name, None),
        said(
            text,
            "the department's Bureau of Labor Statistics",
            MentionForm::Name,
            None,
        ),
    ];
    let r = entities(&[article(text)], vec![found], &AliasTable::builtin());
    assert_eq!(bodies_of(&r, 1), ["Labor Department"], "{:?}", r.sources);
}

/// Resolves `phrase`, the subject of "`phrase` said it.", and returns its
/// entity's key and first affiliation's name.
fn body_of(phrase: &str, form: MentionForm) -> (String, Option<String>) {
    let text = format!("{phrase} said it.");
    let found = vec![said(&text, phrase, form, None)];
    let r = entities(&[article(&text)], vec![found], &AliasTable::builtin());
    let who = &r.sources[r.attributions[0].source.0 as usize];
    let body = who
        .affiliation
        .first()
        .map(|b| r.sources[b.0 as usize].name.clone());
    (who.key.clone(), body)
}

#[test]
fn an_owned_title_is_the_titled_person_of_that_government() {
    check(
        "South Korea’s defense minister said so. Defense Minister Kim Yong-hyun told lawmakers.",
        &[
            ("South Korea’s defense minister", MentionForm::Name, None),
            ("Defense Minister Kim Yong-hyun", MentionForm::Name, None),
        ],
        &["Kim Yong-hyun", "Kim Yong-hyun"],
    );
    let a =
        article("South Korea’s defense minister said so. Defense Minister Kim Yong-hyun spoke.");
    let found = vec![said(
        &a.text,
        "South Korea’s defense minister",
        MentionForm::Name,
        None,
    )];
    let r = entities(&[a], vec![found], &AliasTable::builtin());
    let kim = &r.sources[r.attributions[0].source.0 as usize];
    let body = &r.sources[kim.affiliation[0].0 as usize];
    assert_eq!(body.name, "South Korea");
}

#[test]
fn a_headline_verb_after_a_title_names_nobody() {
    // Title case: "Governor Says Legislators May" is no person, and "the
    // governor" is the one the body names.
    let text = "Indiana Governor Says Legislators May Clarify Law\n\nGov. Mike Pence of Indiana said he would seek a fix. The governor told the Star that he was surprised.";
    check(
        text,
        &[
            ("Gov. Mike Pence", MentionForm::Name, None),
            ("The governor", MentionForm::Description, None),
        ],
        &["Mike Pence", "Mike Pence"],
    );
}

#[test]
fn reports_from_a_capital_are_not_its_government() {
    check(
        "Troops appear deployed, according to recent reports from Kyiv. Kyiv said.",
        &[
            ("recent reports from Kyiv", MentionForm::Name, None),
            ("Kyiv", MentionForm::Name, None),
        ],
        &["reports from Kyiv", "Ukraine"],
    );
}

#[test]
fn aliases_merge_bodies() {
    check(
        "The Pentagon said. The Defense Department said. Moscow said.",
        &[
            ("The Pentagon", MentionForm::Name, None),
            ("The Defense Department", MentionForm::Name, None),
            ("Moscow", MentionForm::Name, None),
        ],
        &[
            "U.S. Department of Defense",
            "U.S. Department of Defense",
            "Russia",
        ],
    );
}

#[test]
fn an_outlet_is_one_source_whatever_its_desk() {
    let table = AliasTable::builtin();
    assert_eq!(outlet("Fox News (Online News)", &table), "Fox News");
    assert_eq!(
        outlet("New York Times (Opinion)", &table),
        outlet("New York Times", &table)
    );
    assert_eq!(outlet("Reuters", &table), "Reuters");
    // Nothing before the parenthesis: the name stays whole.
    assert_eq!(outlet("(unnamed)", &table), "(unnamed)");
}

/// Issue 12: a surname goes to the nearest full name met within the window
/// before it, not to one named further back (resolving every mention against
/// every earlier source made a long article take time growing with its square);
/// with two people of that name far back it stays a name of its own.
#[test]
fn issue_12_a_surname_looks_back_one_window() {
    use MentionForm::Name;
    let filler = "The weather was mild and nothing else happened that day. ";
    let gap = filler.repeat(super::known::WINDOW / filler.len() / 2);
    let mentions = [
        ("Dana Whitfield", Name, None),
        ("Robin Whitfield", Name, None),
        ("Whitfield", Name, None),
    ];
    let near = format!("Dana Whitfield said so. Robin Whitfield said so. {gap}Whitfield said so.");
    assert_eq!(
        resolve_in_order(&near, &mentions),
        ["Dana Whitfield", "Robin Whitfield", "Robin Whitfield"]
    );
    let far = format!(
        "Dana Whitfield said so. Robin Whitfield said so. {gap}{gap}{gap}Whitfield said so."
    );
    assert_eq!(
        resolve_in_order(&far, &mentions),
        ["Dana Whitfield", "Robin Whitfield", "Whitfield"]
    );
}

#[test]
fn issue_11_a_body_named_only_by_a_possessive_keeps_a_name_and_id() {
    // The appositive's body ends in a possessive ("…, Continental's"), which
    // parsed to no name: the source was "src:" with an empty name.
    let appositive = "chairman of the Continental Illinois National Bank and Trust Co of Chicago, Continental's largest subsidiary";
    let text = format!("The bank will decide, William Ogden, {appositive}, said.");
    let found = vec![said(
        &text,
        "William Ogden",
        MentionForm::Name,
        Some(appositive),
    )];
    let r = entities(&[article(&text)], vec![found], &AliasTable::builtin());
    let who = &r.sources[r.attributions[0].source.0 as usize];
    assert_eq!(who.affiliation.len(), 1, "{:?}", r.sources);
    for source in &r.sources {
        assert!(!source.name.trim().is_empty(), "{source:?}");
        assert!(source.key.len() > "src:".len(), "{source:?}");
    }
}

#[test]
fn staff_named_by_their_body_belong_to_it() {
    for (phrase, body) in [
        ("Pentagon officials", Some("U.S. Department of Defense")),
        ("Administration officials", Some("United States")),
        ("Senior White House aides", Some("White House")),
        ("Campaign officials", None),
    ] {
        let got = body_of(phrase, MentionForm::Name).1;
        assert_eq!(got.as_deref(), body, "{phrase}");
    }
}

#[test]
fn an_unnamed_official_of_a_known_body_belongs_to_it() {
    let (key, body) = body_of("A senior administration official", MentionForm::Description);
    assert!(key.contains('@'), "{key}");
    assert_eq!(body.as_deref(), Some("United States"));
}
