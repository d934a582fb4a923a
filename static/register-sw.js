// Registers Tierwise's service worker (sw.js, next to this file) and tells the app when a new
// version is ready: it dispatches `tierwise-update-ready` on window, and
// `window.tierwiseApplyUpdate()` switches to it and reloads. The app shows the message (in
// the user's language) and the button.
(() => {
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  const ready = (worker) => {
    waiting = worker;
    window.tierwiseUpdateReady = true;
    window.dispatchEvent(new CustomEvent('tierwise-update-ready'));
  };
  window.tierwiseApplyUpdate = () => {
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('tierwise-skip-waiting');
  };
  const watch = (reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) ready(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // A new worker installed while an old one controls the page: an update.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) ready(worker);
      });
    });
  };
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then((reg) => {
        window.tierwiseRegistration = reg;
        watch(reg);
      })
      .catch(() => {
        /* no offline copy (a private window, file://): the app still works online */
      });
  });
})();
