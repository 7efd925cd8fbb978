/**
 * The style sheet of the HTML view: readable, printable, no external
 * resources. Every rule is scoped under the view's root (`.wirecopy`), so the
 * view embeds without touching the rest of a page; the whole page adds only
 * `pageStyle` for its body.
 */
export const style = [
  '.wirecopy{font:16px/1.6 system-ui,sans-serif;color:#1b1b1b;background:#fff}',
  '.wirecopy-summary dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1.5rem;padding:1rem;background:#f4f4f6;border-radius:6px}',
  '.wirecopy-summary dt{font-weight:600}.wirecopy-summary dd{margin:0}',
  '.wirecopy-text{white-space:pre-wrap}',
  '.wirecopy mark{border-radius:4px;padding:0 .15em;color:inherit}',
  '.wirecopy-entity-person{background:#ffd8a8}.wirecopy-entity-organization{background:#b2f2bb}.wirecopy-entity-location{background:#a5d8ff}',
  '.wirecopy-entity-group{background:#eebefa}.wirecopy-entity-misc{background:#ffec99}',
  '.wirecopy .wirecopy-form-nominal,.wirecopy .wirecopy-form-pronoun{background:transparent;border-bottom:2px dotted #868e96}',
  '.wirecopy-date{background:#c3fae8;box-shadow:inset 0 -2px #0ca678}',
  '.wirecopy-text .wirecopy-date::after{content:" " attr(data-value);font-size:.7em;color:#087f5b;font-weight:600}',
  '.wirecopy-quantity{background:#fff3bf;box-shadow:inset 0 -2px #f59f00}',
  '.wirecopy-text .wirecopy-quantity::after{content:" " attr(data-value);font-size:.7em;color:#e67700;font-weight:600}',
  'q.wirecopy-quote{quotes:none;background:#f1f3f5;border-bottom:2px solid #868e96}',
  'q.wirecopy-quote-direct{background:#e7f5ff;border-color:#1c7ed6}q.wirecopy-quote-indirect{background:#fff4e6;border-color:#f08c00}q.wirecopy-quote-mixed{background:#f8f0fc;border-color:#ae3ec9}q.wirecopy-quote-nested{border-bottom-style:dashed;outline:1px dashed #868e96}',
  '.wirecopy .wirecopy-cue{background:none;text-decoration:underline 2px #e03131}.wirecopy .wirecopy-speaker{background:none;outline:2px solid #e03131}',
  '.wirecopy-legend{margin-top:2rem;font-size:.9rem}.wirecopy-legend h2{font-size:1rem}.wirecopy-key mark,.wirecopy-key q{margin-right:.5rem}'
].join('')

/** The whole page's own rule: a readable column. */
export const pageStyle = 'body{max-width:52rem;margin:2rem auto;padding:0 1rem;background:#fff}'
