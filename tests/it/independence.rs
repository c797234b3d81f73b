//! Independence on small corpora written for the tests: each construction the
//! count must see through (a sentence copied between outlets, an outlet cited
//! for its own article, a speaker named two ways) has one fixture, built through
//! the whole pipeline.

use attrgraph::model::{Article, ArticleMeta, ByteSpan, Claim};

/// An article of one outlet, dated.
fn article(path: &str, publisher: &str, text: &str) -> Article {
    Article {
        path: path.to_string(),
        text: text.to_string(),
        body: ByteSpan::new(0, text.len()),
        meta: ArticleMeta {
            publisher: Some(publisher.to_string()),
            date: Some("2024-05-02".to_string()),
            ..ArticleMeta::default()
        },
    }
}

/// Builds the articles; returns the claim whose text holds `words` (the
/// largest, if several) and the names of its sources.
fn built_claim(articles: Vec<Article>, words: &str) -> (Claim, Vec<String>) {
    let (graph, _) = attrgraph::build(articles, &attrgraph::Config::default(), &|| {});
    let corpus = &graph.corpus;
    let claim = corpus
        .claims
        .iter()
        .filter(|c| c.text.contains(words))
        .max_by_key(|c| c.members.len())
        .unwrap_or_else(|| {
            let texts: Vec<&str> = corpus.claims.iter().map(|c| c.text.as_str()).collect();
            panic!("no claim holds {words:?}: {texts:?}")
        });
    let names = claim
        .analysis
        .sources
        .iter()
        .map(|s| corpus.sources[s.0 as usize].name.clone())
        .collect();
    (claim.clone(), names)
}

/// The independent sources and source names of the claim holding `words`.
fn claim_with(articles: Vec<Article>, words: &str) -> (usize, Vec<String>) {
    let (claim, names) = built_claim(articles, words);
    (claim.analysis.independent_sources, names)
}

#[test]
fn a_sentence_copied_by_another_outlet_adds_no_source() {
    let sentence = "Trump fumed at senators about the $1.6 billion the Senate plans to send him this fall, according to two people familiar with the meeting.";
    let copied = sentence.replace("fumed at", "fumed to");
    let (n, names) = claim_with(
        vec![
            article("politico.txt", "Politico", &format!("{sentence}\n")),
            article("townhall.txt", "Townhall", &format!("{copied}\n")),
        ],
        "1.6 billion",
    );
    assert_eq!(n, 1, "one report and its copy: {names:?}");
}

#[test]
fn the_same_article_stored_twice_counts_once() {
    let text = "The senator's office on Monday denied that the club has discriminatory policies and said it does have minority members.\n";
    let (n, _) = claim_with(
        vec![
            article("a/fox.txt", "Fox News", text),
            article("b/fox.txt", "Fox News", text),
        ],
        "discriminatory policies",
    );
    assert_eq!(n, 1);
}

#[test]
fn an_outlet_cited_for_its_own_article_counts_through_its_sources() {
    let hill = "The Manhattan district attorney has convened a grand jury that is expected to decide whether to issue indictments against the company, according to The Washington Post.\n";
    let post = "Manhattan's district attorney has convened a grand jury that is expected to decide whether to indict the company, according to two people familiar with the development.\n";
    let (n, names) = claim_with(
        vec![
            article("hill.txt", "The Hill", hill),
            article("post.txt", "The Washington Post", post),
        ],
        "grand jury",
    );
    assert_eq!(n, 1, "the Post's people familiar, once: {names:?}");
    // Without the Post's article, the Post is the origin The Hill names.
    let (alone, names) = claim_with(vec![article("hill.txt", "The Hill", hill)], "grand jury");
    assert_eq!(alone, 1);
    assert!(
        names.iter().any(|n| n.contains("Washington Post")),
        "{names:?}"
    );
}

#[test]
fn independent_outlets_with_their_own_sources_still_count_apart() {
    let a = "South Korea's National Intelligence Service said 10,000 North Korean troops were sent to Russia to fight in the Kursk region.\n";
    let b = "Ukraine's military intelligence agency said about 10,000 North Korean soldiers had been sent to Russia and were heading to Kursk.\n";
    let (n, names) = claim_with(
        vec![
            article("a.txt", "Yonhap", a),
            article("b.txt", "Kyiv Independent", b),
        ],
        "North Korean",
    );
    assert_eq!(n, 2, "{names:?}");
}

#[test]
fn articles_without_a_publisher_add_no_independent_sources_among_themselves() {
    let a = "Rosneft bought the Yugansk unit for $9.3bn in a sale forced by Russia to settle a tax claim against Yukos.\n";
    let b = "The Yugansk unit was sold to state-owned Rosneft for $9.3bn last year, as Russia forced a sale to settle its tax claim against Yukos.\n";
    let c = "Rosneft bought Yugansk, the main unit of Yukos, for $9.3bn in a forced sale to settle a tax claim.\n";
    let unknown = |path: &str, text: &str| Article {
        meta: ArticleMeta {
            publisher: None,
            ..article(path, "", text).meta
        },
        ..article(path, "", text)
    };
    let (claim, names) = built_claim(vec![unknown("a.txt", a), unknown("b.txt", b)], "Yugansk");
    assert_eq!(claim.members.len(), 2, "{names:?}");
    assert_eq!(claim.analysis.independent_sources, 1, "{names:?}");
    // A known outlet beside them is a second source.
    let (claim, names) = built_claim(
        vec![
            unknown("a.txt", a),
            unknown("b.txt", b),
            article("c.txt", "Reuters", c),
        ],
        "Yugansk",
    );
    assert_eq!(claim.members.len(), 3, "{names:?}");
    assert_eq!(claim.analysis.independent_sources, 2, "{names:?}");
}

#[test]
fn a_joint_statement_is_one_utterance_and_two_denials_are_two() {
    let joint = "Russia and Iran said in a joint statement on Sunday that the two countries would respond to any aggression after the airstrikes in Syria.\n";
    let (n, names) = claim_with(vec![article("a.txt", "Fox News", joint)], "aggression");
    assert_eq!(n, 1, "{names:?}");
    // Two states that sue together speak jointly throughout the article.
    let suit = "Nebraska and Oklahoma Sue Colorado Over Marijuana Law\n\nNebraska and Oklahoma accused Colorado of leaving huge holes in marijuana rules that let the plant flow across state lines.\n";
    let (n, names) = claim_with(vec![article("c.txt", "New York Times", suit)], "huge holes");
    assert_eq!(n, 1, "{names:?}");
    let apart = "Both Moscow and Pyongyang have denied that North Korean troops were sent to fight in the Kursk region.\n";
    let (n, names) = claim_with(vec![article("b.txt", "RFE/RL", apart)], "Kursk");
    assert_eq!(n, 2, "{names:?}");
}

#[test]
fn a_company_and_what_it_owns_are_one_origin() {
    // The built-in table knows YouTube is Google's.
    let text = "Google and YouTube said on Thursday that they would stop paying creators whose videos deny climate change.\n";
    let (n, names) = claim_with(vec![article("a.txt", "Axios", text)], "climate change");
    assert_eq!(n, 1, "{names:?}");
    // Two companies with no tie stay apart.
    let text = "Apple and Samsung said on Thursday that they would stop paying creators whose videos deny climate change.\n";
    let (n, names) = claim_with(vec![article("b.txt", "Axios", text)], "climate change");
    assert_eq!(n, 2, "{names:?}");
}

#[test]
fn one_speaker_named_two_ways_counts_once() {
    let nyt = "Mr. Trump told the Today show that he had real doubts about whether Mr. Obama was born in this country and had sent investigators to Hawaii.\n";
    let fox = "Real estate tycoon Donald Trump said Thursday he had real doubts about whether President Obama was born in this country and had sent investigators to Hawaii.\n";
    let ivanka = "Ivanka Trump said on Monday that the family business would open a new hotel in Chicago next spring.\n";
    let (n, names) = claim_with(
        vec![
            article("nyt.txt", "New York Times", nyt),
            article("fox.txt", "Fox News", fox),
            // Two Trumps in the corpus: resolution cannot join "Mr. Trump" to
            // either; within the claim he is the one who speaks.
            article("post.txt", "New York Post", ivanka),
        ],
        "Hawaii",
    );
    assert_eq!(n, 1, "{names:?}");
}

#[test]
fn a_claim_only_denied_is_not_corroborated() {
    let a = "The senator's office on Monday denied that the club has discriminatory policies.\n";
    let b = "A spokesman for the club denied that the club has discriminatory policies toward members.\n";
    let (claim, _) = built_claim(
        vec![
            article("a.txt", "Fox News", a),
            article("b.txt", "The Independent", b),
        ],
        "discriminatory",
    );
    assert_eq!(
        claim.analysis.credibility, 5,
        "{}",
        claim.analysis.credibility_reason
    );
    assert!(claim
        .analysis
        .credibility_reason
        .contains("nobody asserts it"));
}
