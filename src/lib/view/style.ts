/** The style sheet of the HTML view: readable, printable, no external resources. */
export const style = [
  'body{font:16px/1.6 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}',
  'header dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1.5rem;padding:1rem;background:#f4f4f6;border-radius:6px}',
  'header dt{font-weight:600}header dd{margin:0}',
  '.text{white-space:pre-wrap}',
  'mark{border-radius:4px;padding:0 .15em;color:inherit}',
  '.entity-person{background:#ffd8a8}.entity-organization{background:#b2f2bb}.entity-location{background:#a5d8ff}',
  '.entity-group{background:#eebefa}.entity-misc{background:#ffec99}',
  '.form-nominal,.form-pronoun{background:transparent;border-bottom:2px dotted #868e96}',
  '.date{background:#c3fae8;box-shadow:inset 0 -2px #0ca678}',
  '.date::after{content:" " attr(data-value);font-size:.7em;color:#087f5b;font-weight:600}',
  'q.quote{quotes:none;background:#f1f3f5;border-bottom:2px solid #868e96}',
  'q.quote-direct{background:#e7f5ff;border-color:#1c7ed6}q.quote-indirect{background:#fff4e6;border-color:#f08c00}q.quote-mixed{background:#f8f0fc;border-color:#ae3ec9}',
  '.cue{background:none;text-decoration:underline 2px #e03131}.speaker{background:none;outline:2px solid #e03131}',
  'footer{margin-top:2rem;font-size:.9rem}footer h2{font-size:1rem}.key mark,.key q{margin-right:.5rem}'
].join('')
