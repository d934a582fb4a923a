//! static/boot.js paints the page in its language before the wasm loads; its texts are
//! copies of `layout-loading`, `app-page_title`, `app-title` and `app-tagline`. This keeps them equal to the
//! translation files, as tests/manifests.rs does for the manifests.

fn message(lang: &str, id: &str) -> String {
    let dir = format!("{}/src/i18n/{lang}", env!("CARGO_MANIFEST_DIR"));
    let prefix = format!("{id} = ");
    for entry in std::fs::read_dir(&dir).expect("a language directory") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("an ftl file");
        if let Some(line) = text.lines().find(|l| l.starts_with(&prefix)) {
            return line[prefix.len()..].to_string();
        }
    }
    panic!("{lang}: no {id}");
}

#[test]
fn the_boot_script_says_what_the_translation_files_say() {
    let boot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/boot.js"))
        .expect("static/boot.js");
    for lang in ["en", "ar", "vi", "pl", "th"] {
        // A JavaScript string literal as written in boot.js (Unicode as is).
        let js = |s: String| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
        let line = format!(
            "    {lang}: [{}, {}, {}, {}],",
            js(message(lang, "layout-loading")),
            js(message(lang, "app-page_title")),
            js(message(lang, "app-title")),
            js(message(lang, "app-tagline"))
        );
        assert!(
            boot.lines().any(|l| l == line),
            "static/boot.js lacks\n{line}"
        );
    }
}
