//! Tests of the query stage on a small hand-made output: a claim with two
//! independent origins (one relayed by Yonhap) that KCNA denies and that a
//! satellite claim contradicts; a border claim that three documents repeat from
//! one ministry (circular); a source with aliases and diacritics.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::export::json::{
    AttributionRecord, GraphMeta, NodeLinkGraph, WireContradiction, WireEdge, WireEdgeData,
    WireEvidence, WireNode, WireSourceRef, WireSpan, WireVia, SCHEMA,
};

use super::*;

const MISSILES: &str = "claim:a1b2c3d4e5f6a7b8";
const SATELLITE: &str = "claim:a1b2ffff00001111";
const BORDER: &str = "claim:c3c3c3c3c3c3c3c3";
const RANGE: &str = "claim:d4d4d4d4d4d4d4d4";

fn document(path: &str, publisher: Option<&str>) -> WireNode {
    WireNode::Document {
        id: format!("doc:{path}"),
        path: path.to_string(),
        publisher: publisher.map(str::to_string),
        date: Some("2024-05-26".to_string()),
        title: None,
        url: None,
        story: Some(0),
    }
}

fn source_node(
    id: &str,
    name: &str,
    kind: &str,
    aliases: &[&str],
    affiliation: &[&str],
    group: &str,
) -> WireNode {
    WireNode::Source {
        id: id.to_string(),
        name: name.to_string(),
        source_type: kind.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        affiliation: affiliation.iter().map(|a| a.to_string()).collect(),
        group: group.to_string(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

struct ClaimSpec<'a> {
    id: &'a str,
    text: &'a str,
    sources: &'a [&'a str],
    deniers: &'a [&'a str],
    origins: &'a [&'a str],
    chokepoints: &'a [&'a str],
    circular: bool,
    contradictions: &'a [(&'a str, &'a str)],
    documents: &'a [&'a str],
    attributions: usize,
    credibility: (u8, &'a str, &'a str),
}

fn claim_node(spec: ClaimSpec<'_>) -> WireNode {
    WireNode::Claim {
        id: spec.id.to_string(),
        attribution: None,
        text: spec.text.to_string(),
        subjects: strings(&["subj:north-korea"]),
        sources: strings(spec.sources),
        deniers: strings(spec.deniers),
        independent_sources: spec.origins.len(),
        origins: strings(spec.origins),
        chokepoints: strings(spec.chokepoints),
        circular: spec.circular,
        contradicted_by: spec
            .contradictions
            .iter()
            .map(|(claim, _)| claim.to_string())
            .collect(),
        contradictions: spec
            .contradictions
            .iter()
            .map(|(claim, reason)| WireContradiction {
                claim: claim.to_string(),
                reason: reason.to_string(),
            })
            .collect(),
        joins: Vec::new(),
        documents: spec
            .documents
            .iter()
            .map(|path| format!("doc:{path}"))
            .collect(),
        attributions: spec.attributions,
        credibility: {
            let (score, label, reason) = spec.credibility;
            assert_eq!(crate::export::credibility::label(score), label);
            crate::export::credibility::encode(score, reason, spec.origins.len())
        },
        story: Some(0),
    }
}

fn span(sentence: &str, sentence_start: usize, part: &str) -> WireSpan {
    let byte = sentence.find(part).expect("part of the sentence");
    let start = sentence_start + sentence[..byte].chars().count();
    WireSpan {
        start,
        end: start + part.chars().count(),
        text: part.to_string(),
    }
}

struct RecordSpec<'a> {
    document: &'a str,
    offset: usize,
    source: (&'a str, &'a str, &'a str),
    mention: Option<&'a str>,
    cue: &'a str,
    content: &'a str,
    quote: &'a str,
    stance: &'a str,
    via: &'a [(&'a str, &'a str)],
    claim: &'a str,
    sentence: &'a str,
}

fn record(spec: RecordSpec<'_>) -> AttributionRecord {
    let sentence = spec.sentence;
    AttributionRecord {
        id: format!("{}:{}", spec.document, spec.offset),
        document: spec.document.to_string(),
        source: Some(WireSourceRef {
            id: spec.source.0.to_string(),
            name: spec.source.1.to_string(),
            kind: spec.source.2.to_string(),
            mention: spec
                .mention
                .map(|mention| span(sentence, spec.offset, mention)),
        }),
        cue: Some(span(sentence, spec.offset, spec.cue)),
        content: vec![span(sentence, spec.offset, spec.content)],
        quote: spec.quote.to_string(),
        stance: spec.stance.to_string(),
        via: spec
            .via
            .iter()
            .map(|(id, name)| WireVia {
                id: id.to_string(),
                name: name.to_string(),
            })
            .collect(),
        claim: spec.claim.to_string(),
        sentence: WireSpan {
            start: spec.offset,
            end: spec.offset + sentence.chars().count(),
            text: sentence.to_string(),
        },
    }
}

const JCS: (&str, &str, &str) = ("src:jcs", "Joint Chiefs of Staff", "government");
const JAPAN: (&str, &str, &str) = ("src:japan-coast-guard", "Japan Coast Guard", "government");
const KCNA: (&str, &str, &str) = ("src:kcna", "KCNA", "media");
const KIM: (&str, &str, &str) = ("src:kim-yong-hyun", "Kim Yong-hyun", "person");
const MINISTRY: (&str, &str, &str) = ("src:mnd", "Ministry of National Defense", "government");
const SOREN: (&str, &str, &str) = ("src:soren-kjaer-hansen", "Søren Kjær-Hansen", "person");
const YONHAP: (&str, &str) = ("src:yonhap", "Yonhap");

fn records() -> Vec<AttributionRecord> {
    vec![
        record(RecordSpec {
            document: "2024/a-yonhap.md",
            offset: 120,
            source: JCS,
            mention: Some("the Joint Chiefs of Staff"),
            cue: "said",
            content: "Two ballistic missiles were fired into the East Sea",
            quote: "direct",
            stance: "asserts",
            via: &[YONHAP],
            claim: MISSILES,
            sentence: "\"Two ballistic missiles were fired into the East Sea,\" the Joint Chiefs of Staff said, \
                       Yonhap reported.",
        }),
        record(RecordSpec {
            document: "2024/a-yonhap.md",
            offset: 260,
            source: KIM,
            mention: Some("Defence Minister Kim"),
            cue: "told lawmakers",
            content: "North Korean troops crossed the border at three points",
            quote: "indirect",
            stance: "asserts",
            via: &[YONHAP],
            claim: BORDER,
            sentence: "North Korean troops crossed the border at three points, Defence Minister Kim told \
                       lawmakers on Monday, Yonhap reported.",
        }),
        record(RecordSpec {
            document: "2024/b-reuters.md",
            offset: 80,
            source: JAPAN,
            mention: Some("The Japan Coast Guard"),
            cue: "said",
            content: "North Korea had fired two ballistic missiles on Sunday",
            quote: "indirect",
            stance: "asserts",
            via: &[],
            claim: MISSILES,
            sentence: "The Japan Coast Guard said North Korea had fired two ballistic missiles on Sunday.",
        }),
        record(RecordSpec {
            document: "2024/b-reuters.md",
            offset: 170,
            source: SOREN,
            mention: Some("Søren Kjær-Hansen"),
            cue: "said",
            content: "the missiles flew about 350 kilometres",
            quote: "indirect",
            stance: "asserts",
            via: &[],
            claim: RANGE,
            sentence: "Søren Kjær-Hansen, an analyst in Copenhagen, said the missiles flew about 350 kilometres.",
        }),
        record(RecordSpec {
            document: "2024/c-kcna.md",
            offset: 0,
            source: KCNA,
            mention: Some("KCNA"),
            cue: "denied",
            content: "any missile had been fired",
            quote: "indirect",
            stance: "denies",
            via: &[],
            claim: MISSILES,
            sentence: "KCNA denied that any missile had been fired.",
        }),
        record(RecordSpec {
            document: "2024/c-kcna.md",
            offset: 46,
            source: KCNA,
            mention: Some("KCNA"),
            cue: "said",
            content: "The launch put an earth observation satellite into orbit",
            quote: "indirect",
            stance: "asserts",
            via: &[],
            claim: SATELLITE,
            sentence: "The launch put an earth observation satellite into orbit, KCNA said.",
        }),
        record(RecordSpec {
            document: "2024/d-herald.md",
            offset: 0,
            source: MINISTRY,
            mention: Some("the Defense Ministry"),
            cue: "according to",
            content: "Troops crossed the border at three points",
            quote: "indirect",
            stance: "asserts",
            via: &[],
            claim: BORDER,
            sentence: "Troops crossed the border at three points, according to the Defense Ministry.",
        }),
        record(RecordSpec {
            document: "2024/e-times.md",
            offset: 0,
            source: KIM,
            mention: Some("Kim"),
            cue: "said",
            content: "troops had crossed at three points",
            quote: "indirect",
            stance: "asserts",
            via: &[YONHAP],
            claim: BORDER,
            sentence: "Kim said troops had crossed at three points, Yonhap reported.",
        }),
    ]
}

fn edge(source: &str, target: &str, key: usize, data: WireEdgeData) -> WireEdge {
    WireEdge {
        source: source.to_string(),
        target: target.to_string(),
        key,
        data,
    }
}

fn graph(records: &[AttributionRecord]) -> NodeLinkGraph {
    let nodes = vec![
        document("2024/a-yonhap.md", Some("Yonhap")),
        document("2024/b-reuters.md", Some("Reuters")),
        document("2024/c-kcna.md", None),
        document("2024/d-herald.md", Some("Korea Herald")),
        document("2024/e-times.md", Some("The Times")),
        source_node(JAPAN.0, JAPAN.1, JAPAN.2, &["JCG"], &[], JAPAN.0),
        source_node(JCS.0, JCS.1, JCS.2, &["JCS"], &[], JCS.0),
        source_node(
            KCNA.0,
            KCNA.1,
            KCNA.2,
            &["Korean Central News Agency"],
            &[],
            KCNA.0,
        ),
        source_node(
            KIM.0,
            KIM.1,
            KIM.2,
            &["Kim", "Defence Minister Kim"],
            &[MINISTRY.1],
            MINISTRY.0,
        ),
        source_node(
            MINISTRY.0,
            MINISTRY.1,
            MINISTRY.2,
            &["Defense Ministry", "MND"],
            &[],
            MINISTRY.0,
        ),
        source_node(SOREN.0, SOREN.1, SOREN.2, &[], &[], SOREN.0),
        source_node(
            YONHAP.0,
            YONHAP.1,
            "media",
            &["Yonhap News Agency"],
            &[],
            YONHAP.0,
        ),
        claim_node(ClaimSpec {
            id: MISSILES,
            text: "North Korea fired two ballistic missiles into the East Sea on Sunday",
            sources: &[JAPAN.0, JCS.0],
            deniers: &[KCNA.0],
            origins: &[JCS.0, JAPAN.0],
            chokepoints: &[],
            circular: false,
            contradictions: &[(SATELLITE, "a satellite launch is not a missile launch")],
            documents: &["2024/a-yonhap.md", "2024/b-reuters.md", "2024/c-kcna.md"],
            attributions: 3,
            credibility: (
                2,
                "probably true",
                "two independent government sources; denied by state media",
            ),
        }),
        claim_node(ClaimSpec {
            id: SATELLITE,
            text: "The launch put an earth observation satellite into orbit",
            sources: &[KCNA.0],
            deniers: &[],
            origins: &[KCNA.0],
            chokepoints: &[],
            circular: false,
            contradictions: &[(MISSILES, "a satellite launch is not a missile launch")],
            documents: &["2024/c-kcna.md"],
            attributions: 1,
            credibility: (
                5,
                "improbable",
                "one source, contradicted by two independent sources",
            ),
        }),
        claim_node(ClaimSpec {
            id: BORDER,
            text: "North Korean troops crossed the border at three points",
            sources: &[KIM.0, MINISTRY.0],
            deniers: &[],
            origins: &[MINISTRY.0],
            chokepoints: &[MINISTRY.0],
            circular: true,
            contradictions: &[],
            documents: &["2024/a-yonhap.md", "2024/d-herald.md", "2024/e-times.md"],
            attributions: 3,
            credibility: (
                3,
                "possibly true",
                "three documents, all from the Ministry of National Defense",
            ),
        }),
        claim_node(ClaimSpec {
            id: RANGE,
            text: "The missiles flew about 350 kilometres",
            sources: &[SOREN.0],
            deniers: &[],
            origins: &[SOREN.0],
            chokepoints: &[],
            circular: false,
            contradictions: &[],
            documents: &["2024/b-reuters.md"],
            attributions: 1,
            credibility: (6, "cannot be judged", "one named analyst"),
        }),
        WireNode::Subject {
            id: "subj:north-korea".to_string(),
            name: "North Korea".to_string(),
        },
    ];
    let mut edges = vec![
        edge(
            "doc:2024/a-yonhap.md",
            YONHAP.0,
            0,
            WireEdgeData::Published {},
        ),
        edge(KIM.0, MINISTRY.0, 0, WireEdgeData::MemberOf {}),
        edge(
            MISSILES,
            SATELLITE,
            0,
            WireEdgeData::Contradicts {
                reason: "a satellite launch is not a missile launch".into(),
            },
        ),
    ];
    for claim in [MISSILES, SATELLITE, BORDER, RANGE] {
        edges.push(edge(claim, "subj:north-korea", 0, WireEdgeData::About {}));
    }
    for record in records {
        let source = record
            .source
            .as_ref()
            .expect("fixture records have sources");
        let evidence = WireEvidence {
            attribution: record.id.clone(),
            document: record.document.clone(),
            quote: record.quote.clone(),
            cue: record.cue.clone(),
            content: record.content.clone(),
        };
        let data = if record.stance == "denies" {
            WireEdgeData::Denies(evidence)
        } else {
            WireEdgeData::Asserts(evidence)
        };
        edges.push(edge(&source.id, &record.claim, 0, data));
        for relay in &record.via {
            let relays = WireEdgeData::Relays {
                attribution: record.id.clone(),
                document: record.document.clone(),
            };
            edges.push(edge(&relay.id, &source.id, 0, relays));
        }
    }
    NodeLinkGraph {
        directed: true,
        multigraph: true,
        graph: GraphMeta {
            schema: SCHEMA.to_string(),
            generator: "attrgraph".to_string(),
            version: "0.1.0".to_string(),
            counts: BTreeMap::new(),
        },
        nodes,
        edges,
    }
}

fn fixture() -> Output {
    let records = records();
    Output::new(graph(&records), records)
}

/// Writes the fixture as an output folder.
fn write_fixture(dir: &Path) {
    let records = records();
    let graph = graph(&records);
    fs::write(
        dir.join(GRAPH_FILE),
        serde_json::to_string_pretty(&graph).unwrap(),
    )
    .unwrap();
    let lines: Vec<String> = records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    fs::write(dir.join(ATTRIBUTIONS_FILE), lines.join("\n") + "\n").unwrap();
}

/// Renders the answer to `question` as a table and as JSON and checks both
/// against the snapshots named `name`.
fn check(name: &str, question: Question) {
    let output = fixture();
    let answer = ask(&output, &question);
    let table = table::render(&output, &answer, table::TableStyle::default());
    insta::assert_snapshot!(format!("{name}_table"), table);
    let json: serde_json::Value = serde_json::from_str(&to_json(&question, &answer)).unwrap();
    insta::assert_json_snapshot!(format!("{name}_json"), json);
}

#[test]
fn claims_with_two_sources() {
    check("claims_min2", Question::Claims { min_sources: 2 });
}

#[test]
fn claims_with_one_source() {
    check("claims_min1", Question::Claims { min_sources: 1 });
}

#[test]
fn contradictions_and_denials() {
    check("contradictions", Question::Contradictions);
}

#[test]
fn source_by_alias() {
    check(
        "source_kim",
        Question::Source {
            name: "Defence Minister Kim".to_string(),
        },
    );
}

#[test]
fn claim_by_prefix() {
    check(
        "claim_c3c3",
        Question::Claim {
            id: "c3c3".to_string(),
        },
    );
}

#[test]
fn explain_circular_claim() {
    check(
        "explain_border",
        Question::Explain {
            id: BORDER.to_string(),
        },
    );
}

#[test]
fn explain_corroborated_and_contradicted_claim() {
    check(
        "explain_missiles",
        Question::Explain {
            id: "claim:a1b2c".to_string(),
        },
    );
}

#[test]
fn source_names_match_loosely_and_prefer_exact() {
    let output = fixture();
    let check = |query: &str, expected: &[&str]| {
        let found: Vec<String> = source(&output, query)
            .into_iter()
            .map(|answer| answer.name)
            .collect();
        assert_eq!(found, expected, "source {query:?}");
    };
    // An exact alias beats the substring "kim" in other names.
    check("kim", &["Kim Yong-hyun"]);
    check("KIM YONGHYUN", &["Kim Yong-hyun"]);
    check("soren kjaer hansen", &["Søren Kjær-Hansen"]);
    check("defense ministry", &["Ministry of National Defense"]);
    // No exact match: every source containing it.
    check("coast", &["Japan Coast Guard"]);
    check("agency", &["KCNA", "Yonhap"]);
    check("nobody", &[]);
    check("--", &[]);
}

#[test]
fn source_lists_what_it_relayed() {
    let output = fixture();
    let yonhap = source(&output, "yonhap");
    assert_eq!(yonhap.len(), 1);
    assert!(yonhap[0].attributions.is_empty());
    let relayed: Vec<&str> = yonhap[0]
        .relayed
        .iter()
        .map(|r| r.attribution.as_str())
        .collect();
    assert_eq!(
        relayed,
        [
            "2024/a-yonhap.md:120",
            "2024/a-yonhap.md:260",
            "2024/e-times.md:0"
        ]
    );
}

#[test]
fn claim_ids_resolve_by_unique_prefix() {
    let output = fixture();
    let check = |query: &str, expected: ClaimLookup| {
        assert_eq!(output.find_claim(query), expected, "{query}")
    };
    check(BORDER, ClaimLookup::Found(BORDER.to_string()));
    check("c3", ClaimLookup::Found(BORDER.to_string()));
    check("claim:d4d4", ClaimLookup::Found(RANGE.to_string()));
    let both = vec![MISSILES.to_string(), SATELLITE.to_string()];
    check(
        "a1b2",
        ClaimLookup::Ambiguous {
            first: both,
            more: false,
        },
    );
    check("ffff", ClaimLookup::Missing);
    check("", ClaimLookup::Missing);
    assert!(claim(&output, "a1b2").is_none());
    assert_eq!(output.short_claim_id(MISSILES), "claim:a1b2c3d4");
}

#[test]
fn no_match_is_empty() {
    let output = fixture();
    assert!(ask(&output, &Question::Claims { min_sources: 3 }).is_empty());
    assert!(ask(
        &output,
        &Question::Claim {
            id: "zzz".to_string()
        }
    )
    .is_empty());
    assert!(ask(
        &output,
        &Question::Explain {
            id: "a1b2".to_string()
        }
    )
    .is_empty());
    assert!(!ask(&output, &Question::Contradictions).is_empty());
}

#[test]
fn json_reads_back() {
    let output = fixture();
    let question = Question::Claims { min_sources: 1 };
    let answer = ask(&output, &question);
    let text = to_json(&question, &answer);
    let response: Response<ClaimRow> = serde_json::from_str(&text).unwrap();
    assert_eq!(response.version, SCHEMA);
    assert_eq!(response.query, "claims --min-sources 1");
    assert_eq!(Answer::Claims(response.results), answer);
}

#[test]
fn load_reads_a_written_output() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let loaded = load(dir.path()).unwrap();
    assert_eq!(loaded.attributions(), fixture().attributions());
    let question = Question::Explain {
        id: "c3".to_string(),
    };
    assert_eq!(ask(&loaded, &question), ask(&fixture(), &question));
}

#[test]
fn load_says_to_build_when_the_folder_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("output");
    let err = load(&missing).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "{} not found; run `attrgraph build` first",
            missing.display()
        )
    );

    fs::create_dir(&missing).unwrap();
    let err = load(&missing).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "{} not found; run `attrgraph build` first",
            missing.join(GRAPH_FILE).display()
        )
    );
}

#[test]
fn load_names_the_line_of_a_malformed_record() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let path = dir.path().join(ATTRIBUTIONS_FILE);
    let mut lines: Vec<String> = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines[2] = r#"{"id": "x", "document": 3}"#.to_string();
    fs::write(&path, lines.join("\n")).unwrap();
    let err = load(dir.path()).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "failed to parse {} line 3: invalid type: integer `3`, expected a string (column 25)",
            path.display()
        )
    );
}

#[test]
fn load_names_the_line_of_a_malformed_graph() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let path = dir.path().join(GRAPH_FILE);
    fs::write(&path, "{\n  \"directed\": true,\n  \"nodes\": [}\n").unwrap();
    let err = load(dir.path()).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!("failed to parse {} line 3: ", path.display())),
        "{err}"
    );
}

#[test]
fn two_sources_of_one_name_stand_once_on_a_side() {
    let records = records();
    let mut graph = graph(&records);
    for (id, doc) in [("src:office@a.txt", "a.txt"), ("src:office@b.txt", "b.txt")] {
        graph.nodes.push(source_node(
            id,
            "senator's office",
            "unnamed",
            &[],
            &[],
            &format!("src:office@{doc}"),
        ));
    }
    let output = Output::new(graph, records);
    let ids = strings(&["src:office@a.txt", "src:office@b.txt"]);
    assert_eq!(
        super::claims::distinct_names(&output, &ids),
        ["senator's office"]
    );
    assert_eq!(super::claims::names(&output, &ids).len(), 2);
}
