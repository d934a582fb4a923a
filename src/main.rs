//! The web app's entry: render [`tierwise::ui::App`] into the page.

/// Renders into an element of its own after static/boot.js's first paint: Yew empties the
/// element it renders into, and the page header boot.js drew stays (src/ui/shell.rs).
#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        let root = d.create_element("div").ok()?;
        root.set_id("app");
        d.body()?.append_child(&root).ok()?;
        Some(root)
    });
    match root {
        Some(root) => yew::Renderer::<tierwise::ui::App>::with_root(root).render(),
        None => yew::Renderer::<tierwise::ui::App>::new().render(),
    };
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "tierwise-app is the web app: build it with `make serve` (trunk), or use `tierwise`."
    );
}
