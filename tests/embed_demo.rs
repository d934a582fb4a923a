//! The demo blog page (docs/embed-demo/index.html) carries exactly the snippet the Embed
//! dialog makes for an app on http://127.0.0.1:8080/ with its default options, so the
//! end-to-end test of embedding tests what a blogger would paste.

use tierwise::domain::embed::{snippet, EmbedOptions};
use tierwise::i18n::{t, Lang};

#[test]
fn the_demo_page_holds_the_dialogs_snippet() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/embed-demo/index.html"
    ))
    .expect("docs/embed-demo/index.html");
    let start = "<!-- tierwise snippet -->\n";
    let end = "\n<!-- /tierwise snippet -->";
    let from = page.find(start).expect("start marker") + start.len();
    let to = page.find(end).expect("end marker");
    let options = EmbedOptions {
        embedded: true,
        compact: true,
        ..EmbedOptions::default()
    };
    let expected = snippet(
        "http://127.0.0.1:8080/",
        &options,
        &t(Lang::En, "embed.iframe_title"),
    );
    assert_eq!(
        &page[from..to],
        expected,
        "regenerate with `cargo run --example embed_snippet`"
    );
}
