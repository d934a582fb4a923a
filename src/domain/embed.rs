//! Embedding in a blog: the options an embedded page reads from its address
//! (`?embed=compact&theme=dark&lang=de-DE&scheme=hypeauditor`) and the snippet a blogger
//! pastes: an iframe, plus a few lines of script that set its height from the messages the
//! app sends (`{type: "tierwise:height", height}`, see static/embed.js). Nothing else crosses
//! between the page and the blog: never the roster.

use super::tier::builtin_schemes;

/// The message type the embedded app posts to its parent with its height.
pub const HEIGHT_MESSAGE: &str = "tierwise:height";

/// Light, dark, or the reader's system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// The reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

impl Theme {
    /// Every theme, in the order the embed form offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of the address's `theme=` (`auto`, `light`, `dark`).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a `theme=` value names; `None` for an unknown one.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// How the app shows itself, from its address.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// Shown inside another page (sends its height to it).
    pub embedded: bool,
    /// Without the page's header and footer text.
    pub compact: bool,
    /// Light, dark or the reader's setting.
    pub theme: Theme,
    /// A BCP 47 language tag for the text and number format; `None`: the reader's browser's.
    pub lang: Option<String>,
    /// A built-in tier scheme to start with (the reader's own saved choice wins).
    pub scheme: Option<String>,
}

/// A language tag as far as it is safe to pass on: letters, digits and `-`, at most 35.
fn valid_lang(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// `%XX` and `+` decoding of one query value (the values used here are plain ASCII).
fn unescape(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl EmbedOptions {
    /// Reads the options from a query string (with or without `?`). Unknown keys and
    /// values are ignored: the page then shows itself as usual.
    pub fn from_query(query: &str) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = unescape(value);
            match key {
                "embed" => {
                    o.embedded = true;
                    o.compact = value != "full";
                }
                "theme" => o.theme = Theme::from_id(&value).unwrap_or_default(),
                "lang" if valid_lang(&value) => o.lang = Some(value),
                "scheme" if builtin_schemes().iter().any(|s| s.id == value) => {
                    o.scheme = Some(value)
                }
                _ => {}
            }
        }
        o
    }

    /// The query string that asks for these options (without `?`).
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!(
            "embed={}",
            if self.compact { "compact" } else { "full" }
        )];
        if self.theme != Theme::Auto {
            parts.push(format!("theme={}", self.theme.id()));
        }
        if let Some(lang) = self.lang.as_deref().filter(|l| valid_lang(l)) {
            parts.push(format!("lang={lang}"));
        }
        if let Some(scheme) = &self.scheme {
            if builtin_schemes().iter().any(|s| &s.id == scheme) {
                parts.push(format!("scheme={scheme}"));
            }
        }
        parts.join("&")
    }
}

/// Text for an HTML attribute value in double quotes, or a JavaScript string in them.
fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The app's address without query or fragment, and its origin (`scheme://host[:port]`).
fn split_url(app_url: &str) -> (&str, &str) {
    let base = app_url
        .split(['?', '#'])
        .next()
        .unwrap_or(app_url)
        .trim_end();
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let origin_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    (base, &base[..origin_end])
}

/// The snippet to paste into a page: the iframe (named `title` for screen readers) and the
/// script that resizes it, accepting height messages only from the app's origin and only
/// from that iframe.
pub fn snippet(app_url: &str, options: &EmbedOptions, title: &str) -> String {
    let (base, origin) = split_url(app_url);
    let src = format!("{base}?{}", options.to_query());
    let origin_js = origin.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        r#"<iframe src="{src}" title="{title}" data-tierwise allow="clipboard-write" loading="lazy" style="display:block;width:100%;height:900px;border:0"></iframe>
<script>
(function () {{
  var origin = "{origin_js}";
  window.addEventListener("message", function (e) {{
    if (e.origin !== origin || !e.data || e.data.type !== "{HEIGHT_MESSAGE}") return;
    var frames = document.querySelectorAll("iframe[data-tierwise]");
    for (var i = 0; i < frames.length; i++) {{
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(e.data.height) + "px";
    }}
  }});
}})();
</script>"#,
        src = escape_attr(&src),
        title = escape_attr(title),
        origin_js = escape_attr(&origin_js),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip_through_the_query() {
        let o = EmbedOptions {
            embedded: true,
            compact: true,
            theme: Theme::Dark,
            lang: Some("de-DE".into()),
            scheme: Some("hypeauditor".into()),
        };
        assert_eq!(
            o.to_query(),
            "embed=compact&theme=dark&lang=de-DE&scheme=hypeauditor"
        );
        assert_eq!(EmbedOptions::from_query(&format!("?{}", o.to_query())), o);
        let full = EmbedOptions {
            compact: false,
            theme: Theme::Auto,
            lang: None,
            scheme: None,
            ..o
        };
        assert_eq!(full.to_query(), "embed=full");
        assert_eq!(EmbedOptions::from_query("embed=full"), full);
        // `embed=1` (or any value but "full") is the compact mode.
        assert!(EmbedOptions::from_query("?embed=1").compact);
    }

    #[test]
    fn a_plain_address_is_not_embedded_and_bad_values_are_ignored() {
        assert_eq!(EmbedOptions::from_query(""), EmbedOptions::default());
        let o = EmbedOptions::from_query(
            "?theme=neon&lang=%22%3E%3Cscript%3E&scheme=nonesuch&utm_source=x",
        );
        assert_eq!(o, EmbedOptions::default());
        let o = EmbedOptions::from_query("theme=light&lang=pl-PL");
        assert_eq!((o.theme, o.lang.as_deref()), (Theme::Light, Some("pl-PL")));
        assert!(!o.embedded);
        // Cut-off escapes and non-ASCII text do not panic.
        assert_eq!(EmbedOptions::from_query("lang=%é").lang, None);
        assert_eq!(EmbedOptions::from_query("lang=%2").lang, None);
        assert_eq!(EmbedOptions::from_query("lang=%").lang, None);
    }

    #[test]
    fn the_snippet_points_at_the_app_and_trusts_only_its_origin() {
        let o = EmbedOptions {
            embedded: true,
            compact: true,
            theme: Theme::Light,
            lang: None,
            scheme: Some("seeds".into()),
        };
        let s = snippet(
            "https://tools.example.com/tools/tierwise/index.html?embed=full#share=1.abc",
            &o,
            "Tierwise: \"influencer\" calculator",
        );
        assert!(s.contains(r#"src="https://tools.example.com/tools/tierwise/index.html?embed=compact&amp;theme=light&amp;scheme=seeds""#), "{s}");
        assert!(
            s.contains(r#"var origin = "https://tools.example.com";"#),
            "{s}"
        );
        assert!(s.contains(r#"title="Tierwise: &quot;influencer&quot; calculator""#));
        assert!(s.contains("\"tierwise:height\""));
        // The roster never goes into an embed: no fragment.
        assert!(!s.contains("share="));
        let local = snippet("http://127.0.0.1:8080/", &o, "T");
        assert!(local.contains(r#"var origin = "http://127.0.0.1:8080";"#));
        assert!(local.contains(r#"src="http://127.0.0.1:8080/?embed=compact"#));
    }
}
