/**
 * Small, line-based readers for the project's own Markdown (README.md,
 * docs/api.md). They understand fenced code blocks (``` or ~~~, indented at
 * most three spaces, closed by a fence of the same character at least as long)
 * and ATX headings outside them; nothing else of Markdown matters here.
 */

/** A fenced code block. */
export interface CodeBlock {
  /** The info string, trimmed: `'js'`, `'sh'`, `'txt'`, … (empty when none). */
  info: string
  /** The content, lines joined with `\n`, without the fences. */
  value: string
  /** 1-based line of the opening fence. */
  line: number
  /** 1-based line of the closing fence (one past the document when unclosed). */
  end: number
}

/** A runnable example of a README and the output it shows, if any. */
export interface Example {
  /** The code to run (a `js` block). */
  code: CodeBlock
  /** The output block after it: a `txt` or `json` block right after a line `Yields:`. */
  output?: CodeBlock
}

/** A `###` section under some `##` heading. */
export interface Section {
  /** The identifier the heading opens with: `parseDispatch` for ``### `parseDispatch(text[, options])` ``. */
  name: string
  /** The section’s text up to the next heading of level 3 or less, heading excluded. */
  body: string
}

/** A line of the document, and, when it is a heading outside code, its level and text. */
interface Line {
  text: string
  heading?: {depth: number, text: string}
}

/**
 * Find every fenced code block of a document, in order.
 *
 * @param markdown The document.
 * @returns Its code blocks; an unclosed block runs to the end of the document.
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/)
  const blocks: CodeBlock[] = []
  let index = 0

  while (index < lines.length) {
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[index] ?? '')

    // A backtick fence cannot have a backtick in its info string.
    if (!open || (open[1]!.startsWith('`') && open[2]!.includes('`'))) {
      index++
      continue
    }

    const fence = open[1]!
    const start = index
    const content: string[] = []
    index++

    while (index < lines.length && !closes(lines[index]!, fence)) {
      content.push(lines[index]!)
      index++
    }

    blocks.push({
      info: open[2]!.trim(),
      value: content.join('\n'),
      line: start + 1,
      end: index + 1
    })
    index++
  }

  return blocks
}

/**
 * Find the runnable examples of a README.
 *
 * Conventions: a block whose info string is exactly `language` (`js` by
 * default, or `ts`) is run; any other block (`sh`, `js twoslash`, `txt`, …)
 * is not. When the first
 * non-blank line after a runnable block is `Yields:` and the block after
 * that is a `txt` or `json` block, that block is the expected standard output.
 *
 * @param markdown The README.
 * @param language The info string of the blocks to run.
 * @returns The examples, in document order.
 */
export function runnableExamples(markdown: string, language = 'js'): Example[] {
  const lines = markdown.split(/\r?\n/)
  const blocks = codeBlocks(markdown)
  const examples: Example[] = []

  for (const [index, block] of blocks.entries()) {
    if (block.info !== language) continue

    const example: Example = {code: block}
    const next = blocks[index + 1]

    if (next && (next.info === 'txt' || next.info === 'json')) {
      // Lines strictly between the closing fence and the next opening fence.
      const between = lines
        .slice(block.end, next.line - 1)
        .filter((line) => line.trim() !== '')

      if (between.length === 1 && between[0]!.trim() === 'Yields:') {
        example.output = next
      }
    }

    examples.push(example)
  }

  return examples
}

/**
 * List the `###` sections under the `##` heading with the given text.
 *
 * Only headings whose text opens with an inline code identifier count:
 * ``### `parseDispatch(text[, options])` `` yields `parseDispatch`.
 *
 * @param markdown The document.
 * @param title The text of the `##` heading (`'Runtime exports'`), compared case-insensitively.
 * @returns The sections in document order, or `undefined` when there is no such `##` heading.
 */
export function sectionsUnder(
  markdown: string,
  title: string
): Section[] | undefined {
  const lines = outline(markdown)
  const start = lines.findIndex(
    (line) =>
      line.heading?.depth === 2 &&
      line.heading.text.toLowerCase() === title.toLowerCase()
  )

  if (start === -1) return undefined

  const sections: Section[] = []
  let current: {name: string, body: string[]} | undefined

  for (const line of lines.slice(start + 1)) {
    if (line.heading && line.heading.depth <= 3) {
      if (current) {
        sections.push({name: current.name, body: current.body.join('\n')})
        current = undefined
      }

      if (line.heading.depth <= 2) break

      const name = /^`([A-Za-z_$][\w$]*)/.exec(line.heading.text)
      if (name) current = {name: name[1]!, body: []}
      continue
    }

    if (current) current.body.push(line.text)
  }

  if (current) sections.push({name: current.name, body: current.body.join('\n')})

  return sections
}

/**
 * Split a document into lines, marking ATX headings outside code blocks.
 *
 * @param markdown The document.
 * @returns Its lines.
 */
function outline(markdown: string): Line[] {
  const lines = markdown.split(/\r?\n/)
  const inCode = new Set<number>()

  for (const block of codeBlocks(markdown)) {
    for (let index = block.line; index <= block.end; index++) {
      inCode.add(index - 1)
    }
  }

  return lines.map(function (text, index) {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text)

    if (heading && !inCode.has(index)) {
      return {text, heading: {depth: heading[1]!.length, text: heading[2]!}}
    }

    return {text}
  })
}

/**
 * Whether a line closes a block opened with `fence`.
 *
 * @param line The line.
 * @param fence The opening fence (```` ``` ````, `~~~~`, …).
 * @returns Whether it closes the block.
 */
function closes(line: string, fence: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
  return Boolean(
    close && close[1]![0] === fence[0] && close[1]!.length >= fence.length
  )
}
