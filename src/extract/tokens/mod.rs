//! Segmentation of one paragraph: word and punctuation tokens with byte spans,
//! quotation state (curly and straight, spanning sentences, unbalanced ones
//! tolerated), and sentence boundaries that survive "Mr.", "U.S.", "Gen.", "Jan."
//! and quotes. Pure and allocation-light: it runs over every paragraph of the corpus.

use crate::text::WordSet;
/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, digits, internal apostrophes, hyphens and abbreviation periods.
    Word,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `;`
    Semi,
    /// `—`, `–`, or a free-standing `-` / `--`.
    Dash,
    /// `.`, `!`, `?`, `…`.
    Stop,
    /// An opening double quotation mark.
    OpenQuote,
    /// A closing double quotation mark.
    CloseQuote,
    /// `(` or `[`.
    OpenParen,
    /// `)` or `]`.
    CloseParen,
    /// Anything else.
    Other,
}

/// A token of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// First byte in the article.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
    /// Inside a double quotation (the marks themselves are not).
    pub quoted: bool,
}

/// A quotation: the tokens of its marks (the closing one may be missing, and the
/// opening one too when a quotation goes on from the previous paragraph).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Index of the opening mark; of the first token when `opened_before`.
    pub open: usize,
    /// Index of the closing mark, or `None` when the paragraph ends inside it.
    pub close: Option<usize>,
    /// The quotation began in an earlier paragraph: no opening mark here.
    pub opened_before: bool,
}

impl Quote {
    /// The first token inside the quotation.
    pub fn first_inside(&self) -> usize {
        if self.opened_before {
            self.open
        } else {
            self.open + 1
        }
    }
}

/// A tokenized paragraph.
#[derive(Clone, Debug, Default)]
pub struct Paragraph {
    /// Tokens in order.
    pub toks: Vec<Tok>,
    /// Quotations in order.
    pub quotes: Vec<Quote>,
    /// Sentences as token ranges `[start, end)`.
    pub sentences: Vec<(usize, usize)>,
}

/// Abbreviations whose period does not end a sentence.
static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm",
    "cmdr", "prof", "rev", "st", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec", "no", "vs", "v", "etc", "inc", "corp", "co", "ltd", "mt", "ft", "pres",
    "supt", "det", "insp", "sgt", "cpl", "pvt", "gov", "atty", "dist", "u.s", "u.n", "u.k", "e.g",
    "i.e", "a.m", "p.m", "d.c", "l.a", "n.y", "u.s.a", "ph.d", "approx", "dept", "est", "fig",
    "messrs", "mme", "sens", "reps", "govs",
]);

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // Initials: "J", "A.B".
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    letters.len() == 1 && letters[0].is_uppercase()
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1))
}

/// What the characters of a word read so far are: all digits, digits and
/// commas, all upper case; and the last one.
struct Shape {
    digits: bool,
    digits_and_commas: bool,
    upper: bool,
    last: char,
}

impl Shape {
    fn of(c: char) -> Shape {
        let mut shape = Shape {
            digits: true,
            digits_and_commas: true,
            upper: true,
            last: c,
        };
        shape.add(c);
        shape
    }

    fn add(&mut self, c: char) {
        self.digits &= c.is_ascii_digit();
        self.digits_and_commas &= c.is_ascii_digit() || c == ',';
        self.upper &= c.is_uppercase();
        self.last = c;
    }
}

/// A letter or digit, or a soft hyphen inside a word ("La\u{AD}Pierre").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{AD}'
}

/// Tokenizes `text[range]`, one paragraph, with offsets relative to `text`.
pub fn paragraph(text: &str, start: usize, end: usize) -> Paragraph {
    let bytes = text.as_bytes();
    // A token per four bytes, more than most paragraphs hold: no regrowing.
    let mut toks: Vec<Tok> = Vec::with_capacity((end - start) / 4 + 1);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut in_quote = false;
    let mut i = start;
    while i < end {
        let c = text[i..].chars().next().expect("in bounds");
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + len;
            // What the word so far is made of, kept as it grows (rescanning it
            // at each joiner made a long token cost the square of its length).
            let mut shape = Shape::of(c);
            while j < end {
                let d = text[j..].chars().next().expect("in bounds");
                if is_word_char(d) {
                    j += d.len_utf8();
                    shape.add(d);
                    continue;
                }
                // Internal joiners: apostrophes, hyphens, periods and commas
                // between word characters ("don’t", "Yong-hyun", "U.S", "13,000").
                if matches!(d, '\'' | '’' | '-' | '.' | ',' | '/' | '&') {
                    let k = j + d.len_utf8();
                    if let Some(e) = text[k..end].chars().next() {
                        let joins = match d {
                            ',' => e.is_ascii_digit() && shape.digits_and_commas,
                            '.' => {
                                e.is_alphanumeric() && !shape.digits
                                    || e.is_ascii_digit() && shape.last.is_ascii_digit()
                            }
                            '/' | '&' => e.is_uppercase() && shape.upper,
                            _ => e.is_alphanumeric(),
                        };
                        if joins {
                            j = k;
                            shape.add(d);
                            continue;
                        }
                        // The possessive of a word ending in s before a name
                        // ("Reuters' Anna Berg", "the Times’ editor Jo Hale")
                        // ends the word: it is no quotation mark.
                        if matches!(d, '\'' | '’')
                            && matches!(shape.last, 's' | 'S')
                            && e == ' '
                            && text[k + 1..end].starts_with(char::is_uppercase)
                        {
                            j = k;
                            shape.add(d);
                        }
                    }
                }
                break;
            }
            // A period after an abbreviation belongs to the word.
            // "No. 5" but "vote no.": "no" is an abbreviation only before a number.
            let is_no = text[i..j].eq_ignore_ascii_case("no");
            let number_next = || {
                text[j + 1..end]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            };
            if j < end
                && bytes[j] == b'.'
                && is_abbreviation(&text[i..j])
                && (!is_no || number_next())
            {
                j += 1;
            }
            toks.push(Tok {
                start: i,
                end: j,
                kind: TokKind::Word,
                quoted: in_quote,
            });
            i = j;
            continue;
        }
        // Two apostrophes or backticks are a double quotation mark (newswire style).
        let (c, len) = if text[i..end].starts_with("--") {
            ('—', 2)
        } else if text[i..end].starts_with("''") {
            ('"', 2)
        } else if text[i..end].starts_with("``") {
            ('“', 2)
        } else {
            (c, len)
        };
        let kind = match c {
            ',' => TokKind::Comma,
            ':' => TokKind::Colon,
            ';' => TokKind::Semi,
            '—' | '–' => TokKind::Dash,
            '-' => TokKind::Dash,
            '.' | '!' | '?' | '…' => TokKind::Stop,
            '(' | '[' => TokKind::OpenParen,
            ')' | ']' => TokKind::CloseParen,
            '“' | '«' | '„' => TokKind::OpenQuote,
            '”' | '»' => TokKind::CloseQuote,
            '"' => {
                // A straight quote opens when none is open and closes the open one.
                let opens = !in_quote;
                if opens {
                    TokKind::OpenQuote
                } else {
                    TokKind::CloseQuote
                }
            }
            _ => TokKind::Other,
        };
        match kind {
            TokKind::OpenQuote => {
                if in_quote {
                    // An opening mark inside a quote: the previous one never closed.
                    if let Some(q) = quotes.last_mut() {
                        if q.close.is_none() {
                            // leave it open-ended; the new quote starts here
                        }
                    }
                }
                quotes.push(Quote {
                    open: toks.len(),
                    close: None,
                    opened_before: false,
                });
                in_quote = true;
                toks.push(Tok {
                    start: i,
                    end: i + len,
                    kind,
                    quoted: false,
                });
            }
            TokKind::CloseQuote => {
                // A closing mark before any opening one: the quotation began in
                // an earlier paragraph, so everything before it is quoted.
                if !in_quote && quotes.is_empty() && !toks.is_empty() {
                    for t in &mut toks {
                        if t.kind != TokKind::CloseQuote {
                            t.quoted = true;
                        }
                    }
                    quotes.push(Quote {
                        open: 0,
                        close: Some(toks.len()),
                        opened_before: true,
                    });
                }
                if in_quote {
                    if let Some(q) = quotes.last_mut() {
                        q.close = Some(toks.len());
                    }
                    in_quote = false;
                }
                toks.push(Tok {
                    start: i,
                    end: i + len,
                    kind,
                    quoted: false,
                });
            }
            _ => toks.push(Tok {
                start: i,
                end: i + len,
                kind,
                quoted: in_quote,
            }),
        }
        i += len;
    }
    let sentences = split_sentences(text, &toks);
    Paragraph {
        toks,
        quotes,
        sentences,
    }
}

fn starts_sentence(text: &str, tok: &Tok) -> bool {
    match tok.kind {
        TokKind::Word => text[tok.start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        TokKind::OpenQuote | TokKind::OpenParen | TokKind::Dash => true,
        TokKind::Other => text[tok.start..].starts_with(['‘', '\'', '•', '*']),
        _ => false,
    }
}

fn split_sentences(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind == TokKind::Stop {
            let mut j = i + 1;
            while j < toks.len()
                && matches!(
                    toks[j].kind,
                    TokKind::Stop | TokKind::CloseQuote | TokKind::CloseParen
                )
            {
                j += 1;
            }
            // "’" closing a single quote after the stop.
            while j < toks.len()
                && toks[j].kind == TokKind::Other
                && &text[toks[j].start..toks[j].end] == "’"
            {
                j += 1;
            }
            if j >= toks.len() {
                break;
            }
            if starts_sentence(text, &toks[j]) {
                out.push((start, j));
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

impl Paragraph {
    /// The text of token `i`.
    pub fn word<'a>(&self, text: &'a str, i: usize) -> &'a str {
        &text[self.toks[i].start..self.toks[i].end]
    }

    /// The quotation whose opening mark is token `i`.
    pub fn quote_opening_at(&self, i: usize) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.open == i && !q.opened_before)
    }

    /// The quotation whose closing mark is token `i`.
    pub fn quote_closing_at(&self, i: usize) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.close == Some(i))
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        *self
            .sentences
            .iter()
            .find(|(s, e)| *s <= i && i < *e)
            .unwrap_or(&(0, self.toks.len()))
    }
}

#[cfg(test)]
mod tests;
