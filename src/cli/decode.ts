/**
 * Decoding of the CLI's input bytes: UTF-8, or UTF-16 when a byte order mark
 * says so, or the encoding `--encoding` names (a label `TextDecoder` knows:
 * `utf-8`, `utf-16le`, `windows-1252`, `latin1`, `shift_jis`, …). A byte order
 * mark wins over `--encoding`, as in the WHATWG Encoding Standard's decode.
 */

/**
 * Whether `TextDecoder` knows an encoding label.
 *
 * @param label The label.
 * @returns The encoding's name, or `undefined` when the label is unknown.
 */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/**
 * The encoding a byte order mark names.
 *
 * @param bytes The first bytes of the input (at least three, unless it is shorter).
 * @returns `utf-8`, `utf-16le`, `utf-16be`, or `undefined` when there is no mark.
 */
function sniff(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * Decode a stream of chunks into text, chunk by chunk, without the byte
 * order mark. Chunks that are strings already (a stream with an encoding
 * set) pass through.
 *
 * @param chunks The input.
 * @param encoding The `--encoding` label, if any (default `utf-8`).
 * @returns The decoded pieces.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: string | undefined
): AsyncGenerator<string, void, undefined> {
  let decoder: InstanceType<typeof TextDecoder> | undefined
  let head: Uint8Array = new Uint8Array(0)

  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk
      continue
    }
    if (!decoder) {
      head = concat(head, chunk)
      if (head.length < 3) continue
      decoder = new TextDecoder(sniff(head) ?? encoding ?? 'utf-8')
      yield decoder.decode(head, {stream: true})
      continue
    }
    yield decoder.decode(chunk, {stream: true})
  }

  if (!decoder) {
    if (head.length === 0) return
    decoder = new TextDecoder(sniff(head) ?? encoding ?? 'utf-8')
    yield decoder.decode(head, {stream: true})
  }
  yield decoder.decode()
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
