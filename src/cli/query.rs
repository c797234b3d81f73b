//! `attrgraph query`: reads a built output folder, asks the library one
//! question, prints the answer (a table, or one JSON document with `--json`) to
//! stdout and a note to stderr when nothing matched (exit 1).

use std::io::IsTerminal;
use std::path::PathBuf;

use attrgraph::query::{self, table::TableStyle, ClaimLookup, Question};

use super::{print_stdout, Outcome};

/// Arguments of `attrgraph query`.
///
/// Reads `graph.json` and `attributions.jsonl` from a folder written by
/// `attrgraph build` (nothing is rebuilt) and answers one question. Exits 0 with
/// an answer, 1 when nothing matched, 2 on an error.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    attrgraph query claims --min-sources 3\n  \
    attrgraph query contradictions\n  \
    attrgraph query source \"Defense Ministry\"\n  \
    attrgraph query claim 3f2a91bc\n  \
    attrgraph query --json explain 3f2a91bc | jq .results[0].summary\n\n\
    Exit status: 0 answered, 1 nothing matched (a note on stderr), 2 error.")]
pub struct Args {
    /// The output folder written by `attrgraph build`.
    #[arg(long, value_name = "DIR", default_value_os_t = super::default_out(), global = true)]
    out: PathBuf,
    /// Print one JSON document `{"version", "query", "results"}` instead of a
    /// table.
    #[arg(long, global = true)]
    json: bool,
    /// Colour the table: `auto` (a terminal, `NO_COLOR` unset, `TERM` not
    /// `dumb`), `always` or `never`. Never for `--json`.
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
    #[command(subcommand)]
    question: QuestionArgs,
}

/// When to colour tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    /// When stdout is a terminal that wants colour.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, clap::Subcommand)]
enum QuestionArgs {
    /// Claims backed by several independent sources, best corroborated first.
    ///
    /// Sources merged into one body (a minister and the ministry) and outlets
    /// relaying the same origin count once. Each row shows the independent
    /// sources (IND), attributions (ATTR), documents (DOCS), the credibility,
    /// the origins counted, and flags: circular reporting (many documents, one
    /// origin), denials, contradicting claims.
    Claims {
        /// Show claims with at least this many independent sources.
        #[arg(long, value_name = "N", default_value_t = 2)]
        min_sources: usize,
    },
    /// Pairs of claims that contradict each other, and claims a source denies,
    /// with the reason and who stands on each side.
    Contradictions,
    /// Everything a source said and relayed, with the evidence sentences.
    ///
    /// NAME matches the canonical name or an alias, ignoring case, accents,
    /// spaces and hyphens ("kim yonghyun" finds "Kim Yong-hyun"); exact matches
    /// win over names that merely contain NAME.
    Source {
        /// Name or alias of the source.
        name: String,
    },
    /// Every attribution of one claim: source, relays, cue, document and sentence.
    Claim {
        /// Claim id (`claim:…`) or a unique prefix of the part after `claim:`,
        /// as shown in the CLAIM column of the other tables.
        id: String,
    },
    /// Why a claim counts the independent sources it counts.
    ///
    /// Shows each origin counted, the sources merged into it, and every path
    /// from it through the relays to a document with the evidence sentence;
    /// chokepoints and circular reporting; denials; contradicting claims with
    /// the sentences on both sides; and the credibility with its reason.
    Explain {
        /// Claim id (`claim:…`) or a unique prefix of the part after `claim:`.
        id: String,
    },
}

/// Runs `attrgraph query`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let question = match args.question {
        QuestionArgs::Claims { min_sources } => Question::Claims { min_sources },
        QuestionArgs::Contradictions => Question::Contradictions,
        QuestionArgs::Source { name } => Question::Source { name },
        QuestionArgs::Claim { id } => Question::Claim { id },
        QuestionArgs::Explain { id } => Question::Explain { id },
    };
    let output = query::load_checked(&args.out)?;
    let answer = query::ask(&output, &question);
    if args.json {
        print_stdout(&query::to_json(&question, &answer))?;
    } else {
        let style = TableStyle {
            color: use_color(args.color),
        };
        print_stdout(&query::table::render(&output, &answer, style))?;
    }
    if !answer.is_empty() {
        return Ok(Outcome::Success);
    }
    eprintln!("attrgraph: {}", no_match_note(&output, &question));
    Ok(Outcome::NoMatch)
}

/// Why nothing matched, and what to try instead.
fn no_match_note(output: &query::Output, question: &Question) -> String {
    match question {
        Question::Claims { min_sources } => {
            let hint = if *min_sources > 1 { "; try a lower --min-sources" } else { "" };
            format!("no claim has {min_sources} or more independent sources{hint}")
        }
        Question::Contradictions => "no contradicting claims and no denials".to_string(),
        Question::Source { name } => format!("no source named {name:?} or with an alias containing it"),
        Question::Claim { id } | Question::Explain { id } => match output.find_claim(id) {
            ClaimLookup::Ambiguous { first, more } => format!(
                "claim id {id:?} matches several claims ({}{}); give more characters",
                first.join(", "),
                if more { ", …" } else { "" }
            ),
            _ => format!("no claim with id {id:?}; `attrgraph query claims --min-sources 0` lists every claim"),
        },
    }
}

/// `--color auto`: stdout is a terminal, `NO_COLOR` is unset and `TERM` is not
/// `dumb`.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
        }
    }
}
