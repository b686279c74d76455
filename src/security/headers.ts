/**
 * The site's security policy, in one place: the `<meta>` Content-Security-Policy
 * every page carries and the `_headers` file for hosts that read it (Netlify,
 * Cloudflare Pages). Nothing the site ships needs inline script or style, or
 * eval; Pagefind's WebAssembly needs only 'wasm-unsafe-eval'.
 */

/** Directives that work from a `<meta>` tag. */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  // Archived articles may keep their lead image on the original https host; images cannot run code.
  'img-src': "'self' https:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Directives browsers ignore in `<meta>`; only real headers can carry them. */
const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

/** Serializes directives. @example serializeCsp({ 'default-src': "'self'" }) // "default-src 'self'" */
export function serializeCsp(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy for the `<meta http-equiv>` tag. */
export const metaContentSecurityPolicy = serializeCsp(CSP_DIRECTIVES);

/**
 * The policy under `astro dev` only: Vite injects styles and its client as
 * inline code and talks to the page over a WebSocket, which the strict policy
 * refuses (the page showed unstyled, the console full of violations). Never
 * in a build: production pages keep the strict policy above.
 */
export const devMetaContentSecurityPolicy = serializeCsp({
  ...CSP_DIRECTIVES,
  'script-src': "'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws: wss:",
});

/** Every response header the site asks for. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serializeCsp({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A `_headers` file (Netlify and Cloudflare Pages format) applying the headers
 * to every path under the base. @example headersFile('/')
 */
export function headersFile(base: string): string {
  const scope = `${base.replace(/\/?$/, '/')}*`;
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for Netlify and Cloudflare Pages (written by the build; see README "Security").\n${scope}\n${lines.join('\n')}\n`;
}
