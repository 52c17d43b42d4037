import { describe, expect, it } from 'vitest';
import { summariseAudit } from '../../scripts/lib/summarise-audit';

describe('summariseAudit', () => {
  it('says the endpoint was unreachable on the 405 these machines get, never "0 vulnerabilities"', () => {
    const s = summariseAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } }));
    expect(s.kind).toBe('unreachable');
    expect(s.text).toContain('405 Method Not Allowed');
    expect(s.text).toContain('没有检查');
  });
  it('treats output that is not JSON as not checked', () => {
    expect(summariseAudit('npm error network ENOTFOUND').kind).toBe('unreachable');
  });
  it('counts advisories by severity', () => {
    const s = summariseAudit(JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 } } }));
    expect(s).toMatchObject({ kind: 'checked', total: 3 });
    expect(s.text).toBe('运行时依赖有 3 个已知漏洞：low 1, high 2');
  });
  it('reports a clean check as clean', () => {
    expect(summariseAudit(JSON.stringify({ metadata: { vulnerabilities: { low: 0, total: 0 } } })).text).toContain('没有已知漏洞');
  });
});
