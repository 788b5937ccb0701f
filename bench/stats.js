/** Small statistics helpers for the benchmarks. */

/**
 * The `q` quantile (0–1) of samples, nearest rank.
 *
 * @param {number[]} samples
 * @param {number} q
 */
export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]
}

/** @param {number[]} samples */
export const median = (samples) => quantile(samples, 0.5)

/** @param {number[]} samples */
export const sum = (samples) => samples.reduce((total, value) => total + value, 0)

/**
 * Round for display and results.json.
 *
 * @param {number} value
 * @param {number} [digits]
 */
export function round(value, digits = 3) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
