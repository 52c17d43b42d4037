/** `--name value` pairs and bare flags from argv; the rest are positional. Unknown flags are an error. */
export function parseArgs(argv: readonly string[], known: { values: readonly string[]; flags: readonly string[] }) {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (known.flags.includes(name)) flags.add(name);
    else if (known.values.includes(name)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`--${name} 需要一个值 (needs a value)`);
      values.set(name, value);
    } else throw new Error(`未知参数 --${name} (unknown option)`);
  }
  return { values, flags, positional };
}
