import { describe, expect, test } from 'vitest';
import {
  CSP_DIRECTIVES,
  headersFile,
  metaContentSecurityPolicy,
  securityHeaders,
  serializeCsp,
} from '../../src/security/headers.ts';

describe('the security policy', () => {
  test('is strict: self by default, no inline code, no eval, WebAssembly allowed', () => {
    expect(CSP_DIRECTIVES['default-src']).toBe("'self'");
    expect(metaContentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*/);
    expect(CSP_DIRECTIVES['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
  });

  test('the meta policy leaves out what meta cannot carry; headers add it', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(securityHeaders['Content-Security-Policy']).toBe(`${metaContentSecurityPolicy}; frame-ancestors 'none'`);
  });

  test('_headers covers every path under the base, with the usual headers', () => {
    const file = headersFile('/clips/');
    const lines = file.split('\n');
    expect(lines).toContain('/clips/*');
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    expect(lines).toContain(`  Content-Security-Policy: ${securityHeaders['Content-Security-Policy']}`);
    expect(headersFile('/').split('\n')).toContain('/*');
  });

  test('serializeCsp', () => {
    expect(serializeCsp({ 'default-src': "'self'", 'img-src': "'self' https:" })).toBe(
      "default-src 'self'; img-src 'self' https:",
    );
  });
});
