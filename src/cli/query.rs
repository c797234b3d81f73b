//! `attrgraph query`: opens a built output folder's database, asks the library
//! one question with the listing filters, prints the answer (a table, one JSON
//! document, or CSV) to stdout and a note to stderr when nothing matched
//! (exit 1).

use std::io::IsTerminal;
use std::path::PathBuf;

use attrgraph::query::{self, table::TableStyle, ClaimLookup, Filters, Question, Sort, Store};

use super::{print_stdout, Outcome};

/// Arguments of `attrgraph query`.
///
/// Answers from `attrgraph.sqlite` in a folder written by `attrgraph build`
/// (nothing is rebuilt, `graph.json` is not read) one question. Every listing
/// takes the filters below. Exits 0 with an answer, 1 when nothing matched, 2
/// on an error.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    attrgraph query claims --min-sources 3\n  \
    attrgraph query claims --grep missile --publisher Yonhap --since 2024-10 --limit 20\n  \
    attrgraph query sources --limit 10\n  \
    attrgraph query stories --since 2024-10 --limit 10\n  \
    attrgraph query claims --story 4 --min-sources 0\n  \
    attrgraph query claims --format csv > claims.csv\n  \
    attrgraph query contradictions\n  \
    attrgraph query source \"Defense Ministry\"\n  \
    attrgraph query claim 3f2a91bc\n  \
    attrgraph query --json explain 3f2a91bc | jq .results[0].summary\n\n\
    Exit status: 0 answered, 1 nothing matched (a note on stderr), 2 error.")]
pub struct Args {
    /// The output folder written by `attrgraph build`, read (`--out` is its
    /// older name and still works).
    #[arg(long = "from", visible_alias = "out", value_name = "DIR",
          default_value_os_t = super::default_out(), global = true)]
    from: PathBuf,
    /// Print one JSON document `{"version", "query", "results"}` instead of a
    /// table (the same as `--format json`).
    #[arg(long, global = true)]
    json: bool,
    /// How to print the answer: `table`, `json` (one document `{"version",
    /// "query", "results"}`) or `csv` (one row per item, for spreadsheets).
    #[arg(long, value_name = "FORMAT", value_enum, default_value_t = Format::Table, global = true)]
    format: Format,
    /// Colour the table: `auto` (a terminal, `NO_COLOR` unset, `TERM` not
    /// `dumb`), `always` or `never`. Never for `--json`.
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
    #[command(subcommand)]
    question: QuestionArgs,
}

/// How to print an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Aligned text.
    Table,
    /// One JSON document.
    Json,
    /// CSV.
    Csv,
}

/// What a listing is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum SortArg {
    /// Most independent sources (claims) or attributions (sources) first.
    Sources,
    /// Most recent document first.
    Date,
    /// Most documents (claims) or claims (sources) first.
    Documents,
    /// Best credibility first.
    Credibility,
    /// By id (claims) or name (sources).
    Id,
}

/// The filters of every listing.
#[derive(Debug, Default, clap::Args)]
struct FilterArgs {
    /// Only claims whose text or an evidence sentence holds all these words
    /// (full-text search; case and accents ignored).
    #[arg(long, value_name = "TEXT")]
    grep: Option<String>,
    /// Only claims this source asserts or denies (name or alias, loosely).
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Only claims reported by this publisher (part of its name, any case).
    #[arg(long, value_name = "NAME")]
    publisher: Option<String>,
    /// Only claims about this subject (part of its name, any case).
    #[arg(long, value_name = "NAME")]
    subject: Option<String>,
    /// Only claims reported on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<String>,
    /// Only claims reported on or before this date (`2024-10` is all October).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    until: Option<String>,
    /// Only claims something contradicts or someone denies.
    #[arg(long)]
    contradicted: bool,
    /// Only claims of this story (the numbers `query stories` lists).
    #[arg(long, value_name = "N")]
    story: Option<u32>,
    /// Order of the listing.
    #[arg(long, value_name = "KEY", value_enum)]
    sort: Option<SortArg>,
    /// Show at most N rows (for `source`, N attributions per source).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

/// A date as the filters compare it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn parse_date(text: &str) -> Result<String, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    };
    if ok {
        Ok(text.to_string())
    } else {
        Err("expected YYYY, YYYY-MM or YYYY-MM-DD".to_string())
    }
}

impl FilterArgs {
    fn filters(self, min_sources: usize) -> Filters {
        Filters {
            grep: self.grep,
            source: self.source,
            publisher: self.publisher,
            subject: self.subject,
            since: self.since,
            until: self.until,
            min_sources,
            contradicted: self.contradicted,
            story: self.story,
            sort: match self.sort {
                None | Some(SortArg::Sources) => Sort::Default,
                Some(SortArg::Date) => Sort::Date,
                Some(SortArg::Documents) => Sort::Documents,
                Some(SortArg::Credibility) => Sort::Credibility,
                Some(SortArg::Id) => Sort::Id,
            },
            limit: self.limit,
        }
    }
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
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Pairs of claims that contradict each other, and claims a source denies,
    /// with the reason and who stands on each side.
    Contradictions {
        /// Only pairs with a claim of at least this many independent sources.
        #[arg(long, value_name = "N", default_value_t = 0)]
        min_sources: usize,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Who speaks most: sources by the attributions crediting them, with the
    /// claims they make, their denials, what they relay and the outlets
    /// quoting them most (the filters count only matching attributions). The
    /// top 50 unless `--limit` says otherwise.
    Sources {
        /// Count only claims of at least this many independent sources.
        #[arg(long, value_name = "N", default_value_t = 0)]
        min_sources: usize,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// The stories: articles telling the same news (rare shared words, within
    /// 30 days), with their claims and corroborated claims (CORROB: two or
    /// more independent sources), days, and first article, most articles
    /// first.
    ///
    /// `--publisher`, `--since` and `--until` look at a story's articles; the
    /// other filters at its claims (`--grep` also at its first title).
    /// `query claims --story N` lists the claims of story N.
    Stories {
        /// Only stories with a claim of at least this many independent sources.
        #[arg(long, value_name = "N", default_value_t = 0)]
        min_sources: usize,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Everything a source said and relayed, with the evidence sentences.
    ///
    /// NAME matches the canonical name or an alias, ignoring case, accents,
    /// spaces and hyphens ("kim yonghyun" finds "Kim Yong-hyun"); exact matches
    /// win over names that merely contain NAME.
    Source {
        /// Name or alias of the source.
        name: String,
        /// Show only attributions of claims with at least this many independent
        /// sources.
        #[arg(long, value_name = "N", default_value_t = 0)]
        min_sources: usize,
        #[command(flatten)]
        filters: FilterArgs,
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

/// How many sources `query sources` lists without `--limit`.
const SOURCES_LIMIT: usize = 50;

/// Runs `attrgraph query`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (question, filters) = match args.question {
        QuestionArgs::Claims {
            min_sources,
            filters,
        } => (
            Question::Claims { min_sources },
            filters.filters(min_sources),
        ),
        QuestionArgs::Contradictions {
            min_sources,
            filters,
        } => (Question::Contradictions, filters.filters(min_sources)),
        QuestionArgs::Sources {
            min_sources,
            filters,
        } => {
            let mut filters = filters.filters(min_sources);
            // Who speaks most: the top 50 unless told otherwise.
            filters.limit = filters.limit.or(Some(SOURCES_LIMIT));
            (Question::Sources, filters)
        }
        QuestionArgs::Stories {
            min_sources,
            filters,
        } => (Question::Stories, filters.filters(min_sources)),
        QuestionArgs::Source {
            name,
            min_sources,
            filters,
        } => (Question::Source { name }, filters.filters(min_sources)),
        QuestionArgs::Claim { id } => (Question::Claim { id }, Filters::default()),
        QuestionArgs::Explain { id } => (Question::Explain { id }, Filters::default()),
    };
    let store = Store::open(&args.from)?;
    let (output, answer) = store.ask(&question, &filters)?;
    let format = if args.json { Format::Json } else { args.format };
    match format {
        Format::Json => print_stdout(&query::to_json(&question, &answer))?,
        Format::Csv => print_stdout(&query::to_csv(&answer))?,
        Format::Table => {
            let style = TableStyle {
                color: use_color(args.color),
                width: terminal_width(),
            };
            print_stdout(&query::table::render(&output, &answer, style))?;
        }
    }
    if !answer.is_empty() {
        return Ok(Outcome::Success);
    }
    let note = no_match_note(&store, &question, &filters)?;
    eprintln!("attrgraph: {note}");
    Ok(Outcome::NoMatch)
}

/// Why nothing matched, and what to try instead.
fn no_match_note(store: &Store, question: &Question, filters: &Filters) -> anyhow::Result<String> {
    // `--min-sources` is named in the note itself; other filters narrow it.
    let open = Filters {
        min_sources: 0,
        ..filters.clone()
    }
    .is_open();
    let filtered = if open { "" } else { " with these filters" };
    Ok(match question {
        Question::Claims { min_sources } => {
            let hint = if *min_sources > 1 { "; try a lower --min-sources" } else { "" };
            format!("no claim has {min_sources} or more independent sources{filtered}{hint}")
        }
        Question::Contradictions => format!("no contradicting claims and no denials{filtered}"),
        Question::Sources => format!("no source is credited{filtered}"),
        Question::Stories => format!("no story{filtered}"),
        Question::Source { name } => format!("no source named {name:?} or with an alias containing it{filtered}"),
        Question::Claim { id } | Question::Explain { id } => match store.find_claim(id)? {
            ClaimLookup::Ambiguous { first, more } => format!(
                "claim id {id:?} matches several claims ({}{}); give more characters",
                first.join(", "),
                if more { ", …" } else { "" }
            ),
            _ => format!("no claim with id {id:?}; `attrgraph query claims --min-sources 0` lists every claim"),
        },
    })
}

/// The width tables fit: `COLUMNS` when set to a number, else the terminal's
/// when stdout is one; none when writing to a file or a pipe.
fn terminal_width() -> Option<usize> {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0);
    columns.or_else(|| {
        let term = console::Term::stdout();
        term.is_term()
            .then(|| term.size_checked())
            .flatten()
            .map(|(_, columns)| usize::from(columns))
    })
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
