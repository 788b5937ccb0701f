/**
 * Files whose change can change diagnostics: every config file form
 * unified-engine reads for `rcName: '.replylintrc'` and `packageField:
 * 'replylint'`, and the ignore file.
 */
export const configWatchers: readonly string[] = [
  '**/.replylintrc',
  '**/.replylintrc.{json,yml,yaml,js,cjs,mjs}',
  '**/package.json',
  '**/.replylintignore'
]
