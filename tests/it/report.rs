//! `attrgraph report` in a real browser: headless Chromium opens the file from
//! disk, runs its script with no console message (so no error and no blocked
//! request: the page's Content-Security-Policy would log one), lists the
//! claims, and a search given in the address narrows the list to the claims
//! holding the word. Article text with markup stays text. Skips with a notice
//! where Chromium is missing, never under `CI=true`.

use std::path::Path;
use std::process::Command;

use crate::support::{attrgraph, built_data, have, need, s};

/// The DOM after the page's script ran, and Chromium's log.
fn dump_dom(page: &Path, fragment: &str) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{fragment}", page.display());
    let o = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            &format!("--user-data-dir={}", profile.path().display()),
            "--dump-dom",
            &url,
        ])
        .output()
        .expect("chromium runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// "N of M claims match" from the page's status line.
fn matching(dom: &str) -> (usize, usize) {
    let start = dom.find("id=\"status\">").expect("a status line") + "id=\"status\">".len();
    let words: Vec<&str> = dom[start..].split_whitespace().take(3).collect();
    let number = |w: &str| w.replace(',', "").parse::<usize>().expect("a count");
    (number(words[0]), number(words[2]))
}

fn report(out: &Path, page: &Path) {
    let o = attrgraph(&["report", "--out", s(out), "-o", s(page)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Opens the report of a build in Chromium, plain and searching `word`.
pub fn check_in_browser(out: &Path, word: &str) {
    let page = out.with_extension("report.html");
    report(out, &page);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<link"), "no external stylesheet");
    assert!(!html.contains(" src="), "no external script or image");
    let Some(()) = need("chromium", have("chromium", &["--version"])) else {
        return;
    };
    let (dom, log) = dump_dom(&page, "");
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    let (shown, total) = matching(&dom);
    assert!(
        total > 0 && shown == total,
        "every claim listed: {shown} of {total}"
    );
    assert_eq!(dom.matches("class=\"claim\"").count(), total.min(50));

    let (dom, log) = dump_dom(&page, &format!("#q={word}"));
    assert!(!log.contains(":CONSOLE"), "{log}");
    let (found, all) = matching(&dom);
    assert_eq!(all, total);
    assert!(
        found > 0 && found < total,
        "{word:?} narrows {total} claims to {found}"
    );
    assert_eq!(dom.matches("class=\"claim\"").count(), found.min(50));
}

#[test]
fn the_report_of_data_opens_in_chromium_and_its_search_narrows_the_list() {
    let out = built_data();
    check_in_browser(out.path(), "missile");
}

#[test]
fn markup_in_articles_stays_text_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("a.txt"),
        "The minister said <img src=x onerror=alert(1)> troops were </script> ready.\n\n\
         The army said the troops were ready.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = attrgraph(&["build", s(&input), "--out", s(&out), "--quiet", "--no-svg"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = dir.path().join("report.html");
    report(&out, &page);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<img"), "markup from the article: {html}");
    assert_eq!(html.matches("</script>").count(), 2, "only the page's own");
    let Some(()) = need("chromium", have("chromium", &["--version"])) else {
        return;
    };
    let (dom, log) = dump_dom(&page, "#q=minister");
    assert!(!log.contains(":CONSOLE"), "{log}");
    assert!(
        !dom.contains("<img"),
        "an element made of article text: {dom}"
    );
    assert!(dom.contains("&lt;img src=x onerror=alert(1)&gt;"), "{dom}");
}
