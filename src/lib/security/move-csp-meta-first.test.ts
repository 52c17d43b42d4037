import { describe, expect, it } from 'vitest';
import { moveCspMetaFirst } from './move-csp-meta-first';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'sha256-x'">`;

describe('moveCspMetaFirst', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="x"><script>boot()</script><title>t</title>${CSP}</head><body></body></html>`;
    const out = moveCspMetaFirst(html);
    expect(out).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${CSP}<meta name="viewport" content="x"><script>boot()</script><title>t</title></head><body></body></html>`);
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<script>'));
  });

  it('keeps exactly one policy and loses nothing else', () => {
    const html = `<head><meta charset="utf-8"><link rel="icon" href="/f.svg">${CSP}</head>`;
    const out = moveCspMetaFirst(html);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
    expect(out.length).toBe(html.length);
    expect(moveCspMetaFirst(out)).toBe(out);
  });

  it('leaves a page without a policy or without a charset unchanged', () => {
    expect(moveCspMetaFirst('<head><meta charset="utf-8"><title>t</title></head>')).toBe('<head><meta charset="utf-8"><title>t</title></head>');
    expect(moveCspMetaFirst(`<head><title>t</title>${CSP}</head>`)).toBe(`<head><title>t</title>${CSP}</head>`);
  });
});
