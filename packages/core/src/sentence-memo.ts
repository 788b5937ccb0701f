import type {Sentence} from 'nlcst'
import type {Draft} from './draft.js'
import type {Token} from './phrases.js'

/** What is computed once per body sentence and shared by the rules. */
export interface SentenceMemo {
  /** Every word of the sentence node (`tokensOf` before clipping). */
  all?: Token[]
  /** The words inside the body part (`tokensOf`). */
  tokens?: Token[]
  /** The words the sender says (`ownTokens`), for `ownDraft`. */
  own?: Token[]
  ownDraft?: Draft
}

/**
 * A body sentence as `getDraft` makes it, with a private memo.
 *
 * Why not WeakMaps keyed by sentence: an entry keyed by a short-lived object
 * is an ephemeron, which kept the words (and through the keys, the tree)
 * alive past the young generation; a field dies with the sentence. The memo
 * is a private field, so the object still has exactly the four public
 * properties of `BodySentence`.
 */
export class MemoSentence {
  #memo: SentenceMemo = {}

  constructor(
    public node: Sentence,
    public paragraph: number,
    public start: number,
    public end: number
  ) {}

  /** The memo of a sentence made by `getDraft`, or `undefined` for any other object. */
  static memo(sentence: object): SentenceMemo | undefined {
    return #memo in sentence ? (sentence as MemoSentence).#memo : undefined
  }
}
