/**
 * What "Keep this archive offline" accepts as a stored file. A host can answer
 * a missing or failing file with an error status, with its HTML error page
 * (status 200 on some hosts), or with a cut-off body; storing any of those
 * and saying "done" left a reader whose offline search failed later, with
 * no network to fix it. Every response is checked against offline.json first.
 */

/** The parts of a fetch Response the check reads (so it can be tested without a browser). */
export interface ResponseFacts {
  ok: boolean;
  status: number;
  /** `basic`, `cors`, `default`, `error`, `opaque`, `opaqueredirect`. */
  type: string;
  /** The Content-Type header, if any. */
  contentType: string | null;
  /** Bytes received. */
  bytes: number;
}

/**
 * Why a response cannot be stored for `path`, or undefined when it can.
 * `expectedBytes` is the size offline.json lists.
 * @example storeProblem('pagefind/a.pf_index', 10, { ok: false, status: 500, type: 'basic', contentType: 'text/html', bytes: 20 }) // 'pagefind/a.pf_index: the server answered HTTP 500'
 */
export function storeProblem(path: string, expectedBytes: number, response: ResponseFacts): string | undefined {
  if (!response.ok) return `${path}: the server answered HTTP ${response.status}`;
  if (response.type === 'opaque' || response.type === 'error' || response.type === 'opaqueredirect')
    return `${path}: the response cannot be read (${response.type})`;
  const html = /^text\/html\b/i.test(response.contentType ?? '');
  if (html && !/(^|\/)$|\.html$/.test(path))
    return `${path}: the server sent a web page instead of the file (an error page?)`;
  if (expectedBytes > 0 && response.bytes !== expectedBytes && !/(^|\/)$|\.html$|\.json$/.test(path)) {
    return `${path}: ${response.bytes} bytes arrived, ${expectedBytes} were expected`;
  }
  if (response.bytes === 0 && expectedBytes > 0) return `${path}: the file arrived empty`;
  return undefined;
}
