/**
 * Sentence context shared by the judgment rules: hedges, subjects,
 * conditionals and other cues that change what a phrase means.
 */
export {}
