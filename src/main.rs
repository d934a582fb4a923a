//! The web app's entry: render [`tierwise::ui::App`] into the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<tierwise::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "tierwise-app is the web app: build it with `make serve` (trunk), or use `tierwise`."
    );
}
