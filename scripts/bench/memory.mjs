// Parse prose in a fresh process and print its peak resident memory.
// Used by scripts/bench.ts; arguments: the path of dist/index.js, then
// `paragraphs` (10 MB in paragraphs of four sentences, the default) or
// `paragraph` (5 MB as one paragraph, no blank line).
const {parseDispatch} = await import(process.argv[2])
const shape = process.argv[3] ?? 'paragraphs'
const baseline = process.resourceUsage().maxRSS
const sentence = 'The delegation said on Tuesday that talks in Geneva would resume next week, officials added. '
const size = shape === 'paragraph' ? 5_000_000 : 10_000_000
let text = ''
if (shape === 'paragraph') text = sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size)
else while (text.length < size) text += sentence.repeat(4) + '\n\n'
parseDispatch(text, {maxLength: 20_000_000})
const peak = process.resourceUsage().maxRSS
console.log(JSON.stringify({characters: text.length, peakMB: Math.round(peak / 1024), baselineMB: Math.round(baseline / 1024), bytesPerCharacter: Math.round(((peak - baseline) * 1024) / text.length)}))
