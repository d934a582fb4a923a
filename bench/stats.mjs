// The figures' arithmetic, shared by the bench drivers (Node) and the bench pages (the
// browser: make bench copies this file beside them).

/** The median of a list of numbers (the mean of the middle two for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `x` with `d` decimals, or "n/a" when it is not a finite number. */
export const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
