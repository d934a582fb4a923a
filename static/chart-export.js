// Tierwise: a chart on the page saved as a file of its own, SVG or PNG, made in the page (no
// request). The page styles its charts with CSS and its theme's colours; a file has neither,
// so a copy of the drawing gets each element's computed colours, lines and fonts written
// into it, and a background of the chart's own panel colour.
//
//   window.tierwiseSaveChart(svgElement, 'tierwise-chart-engagement', 'svg' | 'png')
(function () {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'opacity', 'font-family', 'font-size', 'font-weight', 'visibility'];

  function standalone(svg) {
    const copy = svg.cloneNode(true);
    const from = [svg, ...svg.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((el, i) => {
      const cs = getComputedStyle(el);
      const out = to[i];
      out.setAttribute('style', PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
      out.removeAttribute('class');
      out.removeAttribute('tabindex');
    });
    const w = svg.viewBox.baseVal.width || svg.clientWidth;
    const h = svg.viewBox.baseVal.height || svg.clientHeight;
    copy.setAttribute('xmlns', NS);
    copy.setAttribute('width', w);
    copy.setAttribute('height', h);
    const figure = svg.closest('figure') || document.body;
    const bg = document.createElementNS(NS, 'rect');
    bg.setAttribute('width', w);
    bg.setAttribute('height', h);
    bg.setAttribute('fill', getComputedStyle(figure).backgroundColor || '#fff');
    copy.insertBefore(bg, copy.firstChild);
    const name = svg.getAttribute('aria-label');
    if (name) {
      const title = document.createElementNS(NS, 'title');
      title.textContent = name;
      copy.insertBefore(title, copy.firstChild);
    }
    return { text: new XMLSerializer().serializeToString(copy), w, h };
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  window.tierwiseSaveChart = function (svg, name, kind) {
    const { text, w, h } = standalone(svg);
    const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
    if (kind !== 'png') {
      save(blob, `${name}.svg`);
      return;
    }
    // Twice the size, sharp on a high-density screen or a slide.
    const scale = 2;
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      const ctx = canvas.getContext('2d');
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, w, h);
      URL.revokeObjectURL(url);
      canvas.toBlob((png) => { if (png) save(png, `${name}.png`); }, 'image/png');
    };
    img.onerror = () => URL.revokeObjectURL(url);
    img.src = url;
  };
})();
