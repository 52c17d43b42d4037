/** What `npm audit --json` told us, in words a maintainer can act on. */
export type AuditSummary =
  | { kind: 'checked'; total: number; bySeverity: Record<string, number>; text: string }
  | { kind: 'unreachable'; text: string };

/**
 * Reads the JSON that `npm audit --omit=dev --json` printed. When the advisory endpoint could not be
 * answered (these build machines get 405 from it), it says so: "0 vulnerabilities" would be a lie.
 */
export function summariseAudit(stdout: string): AuditSummary {
  let report: { message?: string; statusCode?: number; error?: unknown; metadata?: { vulnerabilities?: Record<string, number> } };
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    return { kind: 'unreachable', text: '无法读取 npm audit 的输出，本次没有检查漏洞 (npm audit printed no JSON: not checked)' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts || report.error !== undefined) {
    const why = report.message ?? (report.statusCode ? `HTTP ${report.statusCode}` : 'no answer');
    return {
      kind: 'unreachable',
      text: `无法连接 npm 漏洞数据库（${why}），本次没有检查漏洞；请在能访问 npm 漏洞接口的机器上再运行 npm run audit (advisory endpoint unreachable: NOT checked)`,
    };
  }
  const bySeverity = Object.fromEntries(Object.entries(counts).filter(([k]) => k !== 'total'));
  const total = counts['total'] ?? Object.values(bySeverity).reduce((a, b) => a + b, 0);
  const detail = Object.entries(bySeverity)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return { kind: 'checked', total, bySeverity, text: total === 0 ? '运行时依赖没有已知漏洞 (0 advisories in runtime dependencies)' : `运行时依赖有 ${total} 个已知漏洞：${detail}` };
}
