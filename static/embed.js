// The page's theme, and Tierwise inside another page (a blog). Runs before the page paints,
// from the address (`?embed=compact|full&theme=auto|light|dark`, see src/domain/embed.rs):
// - sets `data-theme` on <html>: the theme asked for, else the system's (following its
//   changes), so the first paint already has the right colours;
// - sets the `embed`/`compact` classes (compact: no page header);
// - when framed, tells the parent page its height whenever it changes, with
//   `{type: "tierwise:height", height}`. Only the height: nothing of the roster ever goes to
//   the parent. The snippet from the Embed dialog listens for it and sizes the iframe.
(() => {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') {
    root.dataset.theme = theme;
  } else {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      root.dataset.theme = dark.matches ? 'dark' : 'light';
    };
    follow();
    dark.addEventListener('change', follow);
  }
  if (!params.has('embed')) return;
  root.classList.add('embed');
  if (params.get('embed') !== 'full') root.classList.add('compact');
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    // The document's own height, not the iframe's: the iframe grows and shrinks to it.
    const height = Math.ceil(document.body ? document.body.getBoundingClientRect().height : root.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'tierwise:height', height }, '*');
  };
  const start = () => {
    new ResizeObserver(send).observe(document.body);
    send();
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
})();
