//! Issue 9 (one speaker, one origin; relays traced; headlines no voices): one
//! fixture per construction, written for the tests, through the public
//! extraction entry point or the whole pipeline.

use attrgraph::model::{Article, ArticleMeta, ByteSpan, QuoteKind, Stance};

/// An article of one outlet, dated, with an optional headline.
fn article(path: &str, publisher: &str, title: Option<&str>, text: &str) -> Article {
    Article {
        path: path.to_string(),
        text: text.to_string(),
        body: ByteSpan::new(0, text.len()),
        meta: ArticleMeta {
            title: title.map(str::to_string),
            publisher: Some(publisher.to_string()),
            date: Some("2024-05-02".to_string()),
            ..ArticleMeta::default()
        },
    }
}

/// The attributions of one text as `source | content` with ` via R` for each
/// relay; narrator statements left out.
fn extracted(text: &str) -> Vec<String> {
    let a = article("t.txt", "The Daily Test", None, text);
    attrgraph::extract::attributions(&a)
        .iter()
        .filter(|x| x.quote != QuoteKind::Narrator)
        .map(|x| {
            let source = x
                .source
                .as_ref()
                .map_or("-".to_string(), |m| m.text.clone());
            let content: Vec<&str> = x.content.iter().map(|c| c.slice(text)).collect();
            let mut line = format!("{source} | {}", content.join(" … "));
            for v in &x.via {
                line.push_str(&format!(" via {}", v.text));
            }
            if x.stance == Stance::Denies {
                line.push_str(" (denies)");
            }
            line
        })
        .collect()
}

/// The independent sources of the claim holding `words` (the largest if
/// several), with the names of its sources.
fn independent(articles: Vec<Article>, words: &str) -> (usize, Vec<String>) {
    let (graph, _) = attrgraph::build(articles, &attrgraph::Config::default(), &|| {});
    let corpus = &graph.corpus;
    let claim = corpus
        .claims
        .iter()
        .filter(|c| c.text.contains(words))
        .max_by_key(|c| c.members.len())
        .unwrap_or_else(|| panic!("no claim holds {words:?}"));
    let names = claim
        .analysis
        .origins
        .iter()
        .map(|s| corpus.sources[s.0 as usize].name.clone())
        .collect();
    (claim.analysis.independent_sources, names)
}

#[test]
fn unnamed_sources_relayed_by_an_outlet_keep_their_own_node() {
    assert_eq!(
        extracted(
            "The plant will cut 500 jobs, sources familiar with the decision, Reuters reported."
        ),
        ["sources familiar with the decision | The plant will cut 500 jobs via Reuters"]
    );
    assert_eq!(
        extracted("The Post reported, citing two officials briefed on the talks, that the deal was close."),
        ["two officials | the deal was close via The Post"]
    );
    assert_eq!(
        extracted(
            "The Post reported that the deal was close, citing two officials briefed on the talks."
        ),
        ["two officials | the deal was close via The Post"]
    );
    assert_eq!(
        extracted("According to two people familiar with the plans, the mayor will veto the bill, the Tribune reported."),
        ["two people familiar with the plans | the mayor will veto the bill via the Tribune"]
    );
}

#[test]
fn headlines_and_openers_make_no_speakers() {
    // A title-case headline whose cue word is a noun or an event.
    assert_eq!(
        extracted("Jobless Claims Fall More Than Forecast to Pandemic Low\n\nApplications fell last week."),
        [] as [&str; 0]
    );
    assert_eq!(
        extracted("Governor recall officially triggered as signature threshold met\n\nThe count was final."),
        [] as [&str; 0]
    );
    // A headline that says who spoke still credits them.
    assert_eq!(
        extracted("Mayor Says Bridge Will Reopen in May\n\nWork resumed on Monday."),
        ["Mayor | Bridge Will Reopen in May"]
    );
    // A noun in -s before a past tense is no cue; a weekday is no speaker.
    assert_eq!(
        extracted("Weekly unemployment claims fell to 498,000 last week."),
        [] as [&str; 0]
    );
    let whip = extracted("House Majority Whip Kevin McCarthy (R-Calif.), a longtime target of immigration activists, said Tuesday that he would support the bill.");
    assert!(whip.iter().all(|l| !l.starts_with("Tuesday")), "{whip:?}");
    // A participial opener is no subject: the speaker follows its comma.
    assert_eq!(
        extracted("Asked why he was confident about the talks by a reporter, Mr Biden answered, saying: “I’m not confident.”"),
        ["Mr Biden | I’m not confident."]
    );
}

#[test]
fn a_headline_adds_no_origin_beside_its_body() {
    let title = "Health chief says his vaccine comments are being taken out of context";
    let text = format!("{title}\n\nHealth Secretary Xavier Becerra said his vaccine comments are being taken out of context by critics.\n");
    let (n, names) = independent(
        vec![article("p.txt", "Politico", Some(title), &text)],
        "vaccine comments",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn a_source_and_its_report_in_one_sentence_are_one_utterance() {
    let text = "The drug agency wrote in a recent report that the amount of cannabis seized on highways increased from 2,763 pounds to 3,690 pounds.\n";
    let (n, names) = independent(
        vec![article("f.txt", "Fox News", None, text)],
        "cannabis seized",
    );
    assert_eq!(n, 1, "{names:?}");
    // Sources joined by "and" each speak for themselves.
    let joined = "Washington and Kyiv said on Monday that the missiles fired at Kharkiv were supplied by Pyongyang.\n";
    let (n, names) = independent(
        vec![article("g.txt", "Reuters", None, joined)],
        "missiles fired",
    );
    assert_eq!(n, 2, "{names:?}");
}

#[test]
fn one_speaking_for_another_counts_once() {
    let a = "A Weiner spokesman said the congressman would not resign over the photographs sent last month.\n";
    let b = "Anthony Weiner said on Monday that he would not resign over the photographs sent last month.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "New York Post", None, a),
            article("b.txt", "HuffPost", None, b),
        ],
        "resign",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn a_body_named_two_ways_counts_once() {
    let a = "The Labor Department said new claims for unemployment benefits rose by 51,000 to 419,000 last week.\n";
    let b = "New claims for unemployment benefits rose by 51,000 to 419,000 last week, the Department of Labor said.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "Reuters", None, a),
            article("b.txt", "Breitbart News", None, b),
        ],
        "unemployment benefits",
    );
    assert_eq!(n, 1, "{names:?}");
    let who = "The W.H.O. called for a moratorium on vaccine boosters to help poorer countries vaccinate more people.\n";
    let full = "The World Health Organization called for a moratorium on vaccine boosters to help poorer countries vaccinate more people.\n";
    let (n, names) = independent(
        vec![
            article("c.txt", "New York Times", None, who),
            article("d.txt", "The Daily Wire", None, full),
        ],
        "moratorium",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn a_chair_speaks_for_the_body_named_in_her_title() {
    let a = "RNC chair Ronna McDaniel said the committee will advise candidates to skip the commission's debates.\n";
    let b = "The RNC said the committee will advise candidates to skip the commission's debates.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "Fox News", None, a),
            article("b.txt", "Politico", None, b),
        ],
        "debates",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn staff_named_by_a_possessive_speak_for_that_person() {
    let a = "Speaker Nancy Pelosi will decide this week whether to create a special committee to investigate the attack on the Capitol, her deputy chief of staff, Drew Hammill, said on Tuesday.\n";
    let b = "House Speaker Nancy Pelosi will decide this week whether to create a special committee to investigate the attack on the Capitol, her spokesman said.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "Reuters", None, a),
            article("b.txt", "Washington Examiner", None, b),
        ],
        "special committee",
    );
    assert_eq!((n, names), (1, vec!["Nancy Pelosi".to_string()]));
    // A possessive of nobody's staff ("her husband") speaks for itself.
    let c = "Speaker Nancy Pelosi will decide this week whether to create a special committee to investigate the attack on the Capitol, her husband said.\n";
    let (_, names) = independent(
        vec![article("c.txt", "Reuters", None, c)],
        "special committee",
    );
    assert_eq!(names, ["her husband"]);
}

/// The source names of every credited attribution of one article, in order.
fn speakers(text: &str) -> Vec<String> {
    let a = article("t.txt", "New York Times", None, text);
    let (graph, _) = attrgraph::build(vec![a], &attrgraph::Config::default(), &|| {});
    let corpus = &graph.corpus;
    corpus
        .attributions
        .iter()
        .filter(|x| x.raw.quote != QuoteKind::Narrator)
        .map(|x| corpus.sources[x.source.0 as usize].name.clone())
        .collect()
}

#[test]
fn a_description_is_the_person_its_appositive_or_abbreviated_title_names() {
    let text = "Gov. Mike Pence of Indiana said he would seek legislation to clarify the law.\n\n\
        In a statement on Thursday, the N.C.A.A. president, Mark Emmert, said the organization was deeply concerned.\n\n\
        Defending the law, the governor pointed to its origins in federal legislation signed by President Bill Clinton.\n";
    assert_eq!(
        speakers(text),
        ["Mike Pence", "Mark Emmert", "Mike Pence"],
        "the appositive names the president; 'Gov.' is 'the governor'"
    );
}

#[test]
fn an_according_to_aside_is_the_speaker_s_relay() {
    assert_eq!(
        extracted(
            "The A.G., according to the Times, said he had misspoken at a 2008 event in Norfolk."
        ),
        ["The A.G. | he had misspoken at a 2008 event in Norfolk via the Times"]
    );
}

/// The relays of each credited attribution of one article of `publisher`,
/// as `source via relay, …`.
fn relays(publisher: &str, text: &str) -> Vec<String> {
    let a = article("t.txt", publisher, None, text);
    let (graph, _) = attrgraph::build(vec![a], &attrgraph::Config::default(), &|| {});
    let corpus = &graph.corpus;
    let name = |s: &attrgraph::model::SourceId| corpus.sources[s.0 as usize].name.clone();
    corpus
        .attributions
        .iter()
        .filter(|x| x.raw.quote != QuoteKind::Narrator)
        .map(|x| {
            let via: Vec<String> = x.via.iter().map(name).collect();
            format!("{} via {}", name(&x.source), via.join(", "))
        })
        .collect()
}

#[test]
fn words_told_to_another_outlet_come_through_it() {
    let text = "Blumenthal told the Times he had misspoken at the event.\n\nSmith told reporters that the vote would be close.\n";
    assert_eq!(
        relays("HuffPost", text),
        ["Blumenthal via Times", "Smith via "]
    );
    // In the outlet's own article it is no relay.
    assert_eq!(
        relays("The New York Times", text),
        ["Blumenthal via ", "Smith via "]
    );
}

#[test]
fn a_text_of_no_named_author_yields_to_a_source_another_article_names() {
    let a = "Unvaccinated people who had Covid-19 are more than twice as likely to be infected again, the Centers for Disease Control and Prevention said.\n";
    let b = "Unvaccinated people who had Covid-19 are more than twice as likely to be infected again than vaccinated ones, according to a small study.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "Wall Street Journal", None, a),
            article("b.txt", "New York Times", None, b),
        ],
        "twice as likely",
    );
    assert_eq!(n, 1, "{names:?}");
    // Within one article the writer tells them apart.
    let both = format!("{a}\n{b}");
    let (n, names) = independent(
        vec![article("c.txt", "New York Times", None, &both)],
        "twice as likely",
    );
    assert_eq!(n, 2, "{names:?}");
}

#[test]
fn a_refusal_to_speak_denies_nothing() {
    let found = extracted("The generals agreed with the recommendation, though they denied to detail what they advised Biden directly.");
    assert!(found.iter().all(|l| !l.ends_with("(denies)")), "{found:?}");
    // Whom a denial was made to still belongs to its cue.
    assert_eq!(
        extracted("Gattine denied to the Portland Press Herald that he ever called the governor a racist."),
        ["Gattine | he ever called the governor a racist (denies)"]
    );
}

#[test]
fn a_participle_borrows_a_title_with_its_of_phrase() {
    assert_eq!(
        extracted("Secretary of the Interior Ryan Zinke echoed the comment in his own tweet, saying that he and the president had spoken."),
        ["Secretary of the Interior Ryan Zinke | he and the president had spoken"]
    );
}

#[test]
fn the_states_of_x_and_y_filing_together_are_one_utterance() {
    let text = "The states of Nebraska and Oklahoma filed a federal lawsuit on Thursday, claiming that Colorado's legalization of marijuana is unconstitutional.";
    assert_eq!(
        extracted(text),
        [
            "Nebraska | Colorado's legalization of marijuana is unconstitutional",
            "Oklahoma | Colorado's legalization of marijuana is unconstitutional"
        ]
    );
    let (n, names) = independent(
        vec![article("h.txt", "HuffPost", None, &format!("{text}\n"))],
        "legalization",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn a_group_a_headline_says_spoke_sums_up_named_speakers() {
    let title = "Democrats Say Trump Should Cancel Putin Meeting After Indictments";
    let nyt =
        format!("{title}\n\nThe indictments were announced on Friday by the Justice Department.\n");
    let fox = "Sen. Jack Reed, D-R.I., said Trump should cancel the Putin meeting after the indictments.\n";
    let (n, names) = independent(
        vec![
            article("n.txt", "New York Times", Some(title), &nyt),
            article("f.txt", "Fox News", None, fox),
        ],
        "Putin",
    );
    assert_eq!((n, names), (1, vec!["Jack Reed".to_string()]));
}

#[test]
fn a_title_in_initials_is_the_titled_person() {
    let text = "Connecticut Attorney General Richard Blumenthal said he would run for the Senate.\n\nThe A.G. said he had misspoken at a 2008 event in Norfolk.\n";
    assert_eq!(speakers(text), ["Richard Blumenthal", "Richard Blumenthal"]);
}

#[test]
fn police_beside_the_force_named_in_full_count_once() {
    let bbc = "Police said a 25-year-old man was arrested on suspicion of murder after the attack at a church in Leigh-on-Sea.\n";
    let independent_ = "Essex Police said a 25-year-old man had been arrested on suspicion of murder after the attack at a church in Leigh-on-Sea.\n";
    let (n, names) = independent(
        vec![
            article("b.txt", "BBC News", None, bbc),
            article("i.txt", "The Independent", None, independent_),
        ],
        "suspicion of murder",
    );
    assert_eq!((n, names), (1, vec!["Essex Police".to_string()]));
}

#[test]
fn one_text_of_no_named_author_in_two_articles_counts_once() {
    assert_eq!(
        extracted("The agency is expected to authorize the vaccine for adolescents by early next week, according to a new report."),
        ["a new report | The agency is expected to authorize the vaccine for adolescents by early next week"]
    );
    let a = "A senior campaign official was directed to contact Stone about any additional releases, the indictment said.\n";
    let b = "A senior campaign official was directed to contact Stone about any additional releases, according to the indictment.\n";
    let (n, names) = independent(
        vec![
            article("a.txt", "New York Times", None, a),
            article("b.txt", "HuffPost", None, b),
        ],
        "additional releases",
    );
    assert_eq!(n, 1, "{names:?}");
}
