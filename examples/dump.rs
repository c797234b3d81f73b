use attrgraph::model::*;
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let body_start = if text.starts_with("---") {
            text[3..].find("\n---").map(|i| i + 3 + 4).unwrap_or(0)
        } else {
            0
        };
        let a = Article {
            path: path.clone(),
            text: text.clone(),
            body: ByteSpan::new(body_start, text.len()),
            meta: Default::default(),
        };
        for at in attrgraph::extract::attributions(&a) {
            if at.quote == QuoteKind::Narrator && std::env::var("NARR").is_err() {
                continue;
            }
            let src = at
                .source
                .as_ref()
                .map(|m| {
                    format!(
                        "{} [{:?}]{}",
                        m.text,
                        m.form,
                        m.appositive
                            .as_ref()
                            .map(|x| format!(" ({x})"))
                            .unwrap_or_default()
                    )
                })
                .unwrap_or("-".into());
            let via: Vec<_> = at.via.iter().map(|m| m.text.clone()).collect();
            let content: Vec<_> = at
                .content
                .iter()
                .map(|c| c.slice(&text).to_string())
                .collect();
            println!(
                "{:?} {:?} SRC={} CUE={:?} VIA={:?}\n    {}",
                at.quote,
                at.stance,
                src,
                at.cue.map(|c| c.slice(&text)),
                via,
                content.join(" ||| ")
            );
        }
    }
}
