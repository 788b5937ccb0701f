/**
 * The results table: one row per measurement, with its target and whether
 * it is met.
 */

/**
 * @typedef {{measure: string, value: string, baseline: string, result: number | undefined, target: string, met: boolean | undefined}} Row
 */

/** @param {number | undefined} value @param {number} digits */
const fixed = (value, digits) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits))

/**
 * @param {any} results
 * @returns {{table: string, verdicts: Array<{measure: string, result: number | undefined, target: string, met: boolean | undefined}>}}
 */
export function formatTable(results) {
  /** @type {Row[]} */
  const rows = []
  /** @param {Row} row */
  const add = (row) => rows.push(row)
  /** @param {any} section */
  const ok = (section) => section && !section.error && !section.skipped

  const library = results.library
  if (ok(library)) {
    add({
      measure: `Library, ${library.drafts} drafts (${library.wordsPerDraft} words avg), all rules`,
      value: `${fixed(library.replylintMedianMs, 3)} ms/draft, ${Math.round(library.replylintWordsPerSecond / 1000)}k words/s`,
      baseline: `bare parse ${fixed(library.bareMedianMs, 3)} ms, ${Math.round(library.bareWordsPerSecond / 1000)}k words/s`,
      result: library.ratio,
      target: '≤ 2x',
      met: library.ratio <= 2
    })
  }
  if (Array.isArray(results.scaling)) {
    for (const row of results.scaling) {
      add({
        measure: `Scaling, ${row.size} (${row.words} words), lintSync`,
        value: `${fixed(row.replylintMs, 0)} ms, ${fixed(row.replylintNsPerWord / 1000, 2)} µs/word`,
        baseline:
          `one tree ${fixed(row.oneTreeNsPerWord / 1000, 2)} µs/word (${fixed(row.oneTreeRelative, 2)}x); ` +
          (row.bareNsPerWord === undefined
            ? 'bare parse not run (minutes)'
            : `bare ${fixed(row.bareNsPerWord / 1000, 2)} µs/word (${fixed(row.bareRelative, 2)}x)`),
        result: row.replylintRelative,
        target: row.size === '10 MB' ? '≤ 1.2x of 10 KB' : 'per word vs 10 KB',
        met: row.size === '10 MB' ? row.replylintRelative <= 1.2 : undefined
      })
    }
  }
  const cli = results.cli
  if (ok(cli)) {
    add({
      measure: 'CLI, 1 draft (process wall time)',
      value: `${fixed(cli.one.cliMs, 0)} ms`,
      baseline: `bare script ${fixed(cli.one.bareMs, 0)} ms`,
      result: cli.one.ratio,
      target: '≤ 1.15x',
      met: cli.one.ratio <= 1.15
    })
    add({
      measure: `CLI, ${cli.many.drafts} drafts (process wall time)`,
      value: `${fixed(cli.many.cliMs, 0)} ms`,
      baseline: `bare script ${fixed(cli.many.bareMs, 0)} ms`,
      result: cli.many.ratio,
      target: '≤ 1.5x',
      met: cli.many.ratio <= 1.5
    })
    if (cli.manyJobs2) {
      add({
        measure: `CLI, ${cli.manyJobs2.drafts} drafts, \`--jobs 2\` (main thread and a worker)`,
        value: `${fixed(cli.manyJobs2.cliMs, 0)} ms`,
        baseline: `bare script ${fixed(cli.manyJobs2.bareMs, 0)} ms`,
        result: cli.manyJobs2.ratio,
        target: '',
        met: undefined
      })
    }
    if (cli.manyRulesOff) {
      add({
        measure: `CLI, ${cli.manyRulesOff.drafts} drafts, every rule off (start-up, files, parse, report)`,
        value: `${fixed(cli.manyRulesOff.cliMs, 0)} ms`,
        baseline: `bare script ${fixed(cli.manyRulesOff.bareMs, 0)} ms`,
        result: cli.manyRulesOff.ratio,
        target: '',
        met: undefined
      })
    }
  }
  const lsp = results.lsp
  if (ok(lsp)) {
    add({
      measure: `Language server, didChange → diagnostics (${lsp.words} words, ${lsp.edits} edits), median`,
      value: `${fixed(lsp.medianMs, 1)} ms`,
      baseline: '',
      result: lsp.medianMs,
      target: '≤ 15 ms',
      met: lsp.medianMs <= 15
    })
    add({
      measure: 'Language server, p95',
      value: `${fixed(lsp.p95Ms, 1)} ms`,
      baseline: `max ${fixed(lsp.maxMs, 1)} ms`,
      result: lsp.p95Ms,
      target: '≤ 30 ms',
      met: lsp.p95Ms <= 30
    })
    if (lsp.firstFromSpawnMs !== undefined) {
      add({
        measure: 'Language server, first diagnostics of a new server: from spawning it (from `didOpen`)',
        value: `${fixed(lsp.firstFromSpawnMs, 0)} ms`,
        baseline: `from didOpen ${fixed(lsp.firstFromOpenMs, 0)} ms`,
        result: lsp.firstFromSpawnMs,
        target: '',
        met: undefined
      })
    }
  }
  const memory = results.memory
  if (ok(memory)) {
    add({
      measure: `Peak RSS, ${memory.drafts} drafts`,
      value: `${fixed(memory.replylintMb, 0)} MB`,
      baseline: `bare parse ${fixed(memory.bareMb, 0)} MB`,
      result: memory.ratio,
      target: '≤ 1.2x',
      met: memory.ratio <= 1.2
    })
  }
  for (const [name, section] of Object.entries(results)) {
    if (section && (section.error || section.skipped)) {
      add({measure: name, value: section.error ? 'failed: ' + section.error : 'skipped: ' + section.skipped, baseline: '', result: undefined, target: '', met: undefined})
    }
  }

  const header = ['Measure', 'replylint', 'Baseline', 'Ratio', 'Target', 'Met']
  const cells = rows.map((row) => [
    row.measure,
    row.value,
    row.baseline,
    row.result === undefined ? '' : fixed(row.result, 2),
    row.target,
    row.met === undefined ? '' : row.met ? 'yes' : 'NO'
  ])
  const lines = [header, header.map(() => '---'), ...cells].map((line) => '| ' + line.join(' | ') + ' |')
  const machine = results.machine
  const title = `replylint benchmark, ${results.date.slice(0, 10)}, Node ${machine.node}, ${machine.cpus} cores (${machine.cpu}), load average at start ${machine.loadAverageAtStart?.[0] ?? '?'}`
  return {
    table: title + '\n\n' + lines.join('\n'),
    verdicts: rows.filter((row) => row.target).map(({measure, result, target, met}) => ({measure, result, target, met}))
  }
}
