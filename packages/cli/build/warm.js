/**
 * Make the bundle's V8 code cache (run by `build/bundle.js` in a process of
 * its own, so the cache holds the bundle's functions as one run compiles
 * them): compile the bundle, lint a sample draft with it and ask V8 for the
 * cached data, which then includes every function the run needed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'

const {bundlePaths, compileBundle, runBundle} = await import(path.join(import.meta.dirname, '..', 'dist', 'launch.js'))

// A draft with findings of several rules, so the reporter runs too.
const sample = `Subject: Re: Your application

Hi Jordan,

Thanks for letting me know. I'm honestly shocked, I was clearly the best candidate and you should reconsider.
Please send me detailed feedback on every interview by Friday.

I hope we can stay in touch about future {Job Title} roles.

Best,
Sam
`

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-warm-'))
try {
  const draft = path.join(folder, 'draft.txt')
  fs.writeFileSync(draft, sample)
  const sink = () => new Writable({write: (_chunk, _encoding, done) => done()})
  const script = compileBundle()
  const {main} = runBundle(script)
  for (const args of [[draft], ['--format', 'json', draft]]) {
    await main(args, {cwd: folder, stdout: sink(), stderr: sink()})
  }
  fs.writeFileSync(bundlePaths.cache, script.createCachedData())
} finally {
  fs.rmSync(folder, {recursive: true, force: true})
}
