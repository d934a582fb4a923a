//! The web app manifests, one per language (`static/manifest.<lang>.webmanifest`), say
//! what the translation files say. `TIERWISE_WRITE_MANIFESTS=1 cargo test --test manifests`
//! writes them after a translation changes; otherwise this test fails when one is stale.

use tierwise::i18n::{t, Lang};

fn manifest(lang: Lang) -> String {
    let value = serde_json::json!({
        "name": t(lang, "app.page_title"),
        "short_name": t(lang, "app.short_name"),
        "description": t(lang, "app.manifest_description"),
        "lang": lang.code(),
        "dir": lang.dir(),
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#f6f8fa",
        "theme_color": "#1f4e79",
        "icons": [{ "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    let mut s = serde_json::to_string_pretty(&value).expect("a manifest serialises");
    s.push('\n');
    s
}

#[test]
fn every_language_has_its_manifest() {
    let write = std::env::var_os("TIERWISE_WRITE_MANIFESTS").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let path = format!("static/manifest.{}.webmanifest", lang.code());
        let want = manifest(lang);
        if write {
            std::fs::write(&path, &want).expect("static/ is writable");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale or missing: {stale:?}; run TIERWISE_WRITE_MANIFESTS=1 cargo test --test manifests"
    );
    let index = std::fs::read_to_string("index.html").expect("index.html");
    for lang in Lang::ALL {
        let copy = format!("href=\"static/manifest.{}.webmanifest\"", lang.code());
        assert!(index.contains(&copy), "index.html does not copy {copy}");
    }
}
