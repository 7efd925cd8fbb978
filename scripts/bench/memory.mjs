// Parse 10 MB of prose in a fresh process and print its peak resident memory.
// Used by scripts/bench.ts; argument: the path of dist/index.js.
const {parseDispatch} = await import(process.argv[2])
const baseline = process.resourceUsage().maxRSS
const paragraph = 'The delegation said on Tuesday that talks in Geneva would resume next week, officials added. '
let text = ''
while (text.length < 10_000_000) text += paragraph.repeat(4) + '\n\n'
parseDispatch(text, {maxLength: 20_000_000})
const peak = process.resourceUsage().maxRSS
console.log(JSON.stringify({peakMB: Math.round(peak / 1024), baselineMB: Math.round(baseline / 1024)}))
