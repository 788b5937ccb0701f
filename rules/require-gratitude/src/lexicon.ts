/**
 * Words that thank or express appreciation. Matched on lowercased body text
 * at word boundaries.
 */
export const gratitude = [
  'thank',
  'thanks',
  'thanked',
  'thankful',
  'thanking',
  'thx',
  'grateful',
  'gratefully',
  'gratitude',
  'appreciate',
  'appreciated',
  'appreciates',
  'appreciating',
  'appreciation',
  'appreciative',
  'much obliged',
  'cheers for',
  'kudos to',
  'means a lot',
  'meant a lot',
  'glad to have had the opportunity',
  'glad i had the chance',
  'honored to have',
  'honoured to have',
  'privilege to'
]

/** Words before a gratitude word that undo it (`I don't appreciate`). */
export const negators = ['not', "n't", 'never', 'no', 'hardly', 'nothing', 'without']

/** Phrases where thanks are sarcastic (`thanks for nothing`). */
export const sarcastic = ['thanks for nothing', 'thank you for nothing', 'no thanks to', 'thanks a lot for wasting', 'thanks for wasting', 'thank you for wasting']

/** The sentence the quick fix inserts at the start of the body. */
export const suggestion = 'Thank you for letting me know, and for the time you spent considering my application.'
