//! Prints the Embed dialog's snippet for an app address (default http://127.0.0.1:8080/),
//! with its default options: how docs/embed-demo/index.html was made.
//!
//!   cargo run --example embed_snippet [-- URL]

use tierwise::domain::embed::{snippet, EmbedOptions};

fn main() {
    let url = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://127.0.0.1:8080/".to_string());
    let options = EmbedOptions {
        embedded: true,
        compact: true,
        ..EmbedOptions::default()
    };
    let title = tierwise::i18n::t(tierwise::i18n::Lang::En, "embed.iframe_title");
    println!("{}", snippet(&url, &options, &title));
}
