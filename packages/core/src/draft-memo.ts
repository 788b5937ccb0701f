/**
 * What is computed once per draft besides the draft view itself, kept on
 * the draft under a hidden (non-enumerable) key rather than in a WeakMap
 * keyed by the draft (see sentence-memo.ts for why).
 */
const memoKey = Symbol('replylint.draftMemo')

/** Lazily computed facts about a draft. */
export interface DraftMemo {
  /** Quoted ranges of the body paragraphs (`quoted`). */
  quoted?: Array<[number, number]>
}

/** Give a new draft its memo. */
export function attachDraftMemo(draft: object): void {
  Object.defineProperty(draft, memoKey, {value: {}})
}

/** Give a draft the memo of another (a draft of the same text). */
export function shareDraftMemo(from: object, to: object): void {
  const memo = draftMemo(from)
  if (memo) Object.defineProperty(to, memoKey, {value: memo})
}

/** The memo of a draft made by `getDraft`, or `undefined` for any other object. */
export function draftMemo(draft: object): DraftMemo | undefined {
  return (draft as {[memoKey]?: DraftMemo})[memoKey]
}
