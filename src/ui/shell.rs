//! The page header that static/boot.js paints before the wasm arrives, kept by the app.
//!
//! boot.js draws the header (title and tagline, in the language the app will choose) and a
//! loading line at the first paint. The app does not draw a header of its own over it: a
//! new element, even of the same size, would be the page's largest paint again once the
//! engine has loaded (Chrome then reports that as the largest contentful paint, seconds
//! later on a phone). It keeps boot.js's elements, sets their texts when the language
//! changes, and draws into them what only it has (the skip link, the language picker) with
//! portals. When boot.js did not run (a test page), the same elements are made here.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// boot.js's elements, as the app uses them.
#[derive(Clone, PartialEq)]
pub struct Shell {
    /// Where the skip link goes: first in the page, before the header.
    pub skip: Element,
    /// The page header (`header.top`): the language picker is drawn into it, after the title.
    pub header: Element,
    title: Element,
    tagline: Element,
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

/// `parent`'s first element matching `selector`, else a new `tag` of `class` appended to it.
fn child(
    doc: &Document,
    parent: &Element,
    selector: &str,
    tag: &str,
    class: &str,
) -> Option<Element> {
    if let Ok(Some(found)) = parent.query_selector(selector) {
        return Some(found);
    }
    let made = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        made.set_class_name(class);
    }
    parent.append_child(&made).ok()?;
    Some(made)
}

/// The element with this id, else a new `div` of that id put first in `parent`.
fn div_by_id(doc: &Document, parent: &Element, id: &str) -> Option<Element> {
    if let Some(found) = doc.get_element_by_id(id) {
        return Some(found);
    }
    let made = doc.create_element("div").ok()?;
    made.set_id(id);
    parent.prepend_with_node_1(&made).ok()?;
    Some(made)
}

impl Shell {
    /// boot.js's shell in the page, or one made now at the start of the body, without its
    /// loading line (call it while the app draws its first frame).
    pub fn take() -> Option<Shell> {
        let doc = document()?;
        let body: Element = doc.body()?.unchecked_into();
        let root = div_by_id(&doc, &body, "boot-shell")?;
        let skip = div_by_id(&doc, &root, "boot-skip")?;
        let header = child(&doc, &root, "header.top", "header", "top")?;
        let title_box = child(&doc, &header, "div.title", "div", "title")?;
        let title = child(&doc, &title_box, "h1", "h1", "")?;
        let tagline = child(&doc, &title_box, "p.tagline", "p", "tagline")?;
        // Gone before the app's first frame, so nothing the app draws moves up after it.
        if let Some(line) = doc.get_element_by_id("boot-loading") {
            line.remove();
        }
        Some(Shell {
            skip,
            header,
            title,
            tagline,
        })
    }

    /// The header's texts, in the language chosen now.
    pub fn set_texts(&self, title: &str, tagline: &str) {
        for (element, text) in [(&self.title, title), (&self.tagline, tagline)] {
            if element.text_content().as_deref() != Some(text) {
                element.set_text_content(Some(text));
            }
        }
    }
}
